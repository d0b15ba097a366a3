// Island: form-js Editor for process admins designing a form.
//
// <form method="post">
//   <div data-form-editor [data-schema-id=..]>
//     <script type="application/json" data-role="schema">{…}</script>   (optional: empty form)
//   </div>
//   <button type="submit">保存</button>
// </form>
//
// On submit of the enclosing form the current schema is written as JSON into
// <input type="hidden" name="schema">. window.oaFormEditor is the editor (tests, page scripts).
// Around the editor: 设计 | 预览 tabs (preview with test data, src/form/editor/preview.js) and the
// FEEL problems the server finds in the schema while the admin types (feel-checker.js).
import { FormEditor } from '@bpmn-io/form-js-editor';
import { schemaVersion } from '@bpmn-io/form-js-viewer';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import '@bpmn-io/form-js-editor/dist/assets/form-js-editor.css';
import '@bpmn-io/form-js-editor/dist/assets/dragula.css';
import '@bpmn-io/form-js-editor/dist/assets/properties-panel.css';
import OaFieldsModule from '../form/oa-fields-module.js';
import { OaPropertiesProvider } from '../form/oa-properties-provider.js';
import { readJson, setHiddenInput, mountAll } from '../shared/dom.js';
import { csrfToken } from '../shared/http.js';
import { createPreview } from '../form/editor/preview.js';
import { createTabs } from '../form/editor/tabs.js';
import { createFeelChecker, postFeelCheck } from '../form/editor/feel-checker.js';
import { createFeelProblemsView } from '../form/editor/feel-problems-view.js';
import { localiseEditor } from '../form/i18n/form-js-language.js';
import '../form/form-editor.css';

const EMPTY_SCHEMA = { type: 'default', components: [], schemaVersion };

const OaPropertiesModule = {
  __init__: ['oaPropertiesProvider'],
  oaPropertiesProvider: ['type', OaPropertiesProvider],
};

mountAll('[data-form-editor]', async (host) => {
  const schema = readJson(host, { idAttr: 'data-schema-id', role: 'schema', fallback: EMPTY_SCHEMA });
  const canvas = document.createElement('div');
  canvas.className = 'oa-form-editor-canvas';
  host.appendChild(canvas);
  localiseEditor(canvas); // form-js speaks English; the page's language is <html lang>

  const editor = new FormEditor({
    container: canvas,
    additionalModules: [OaFieldsModule, OaPropertiesModule],
  });
  await editor.importSchema(schema);
  window.oaFormEditor = editor;

  const preview = createPreview({ getSchema: () => editor.saveSchema() });
  const tabs = createTabs([{ label: '设计', pane: canvas }, { label: '预览', pane: preview.pane }],
    (index) => { if (index === 1) preview.render(); });
  const problems = createFeelProblemsView(editor);
  host.prepend(problems.box, tabs.bar);
  host.appendChild(preview.pane);
  window.oaFormPreview = preview;

  const checker = createFeelChecker({ post: postFeelCheck(csrfToken), onProblems: problems.update });
  editor.on('changed', () => {
    checker.schedule(editor.saveSchema());
    if (preview.visible) preview.render();
  });
  checker.now(editor.saveSchema());

  const outer = host.closest('form');
  outer?.addEventListener('submit', (event) => {
    if (event.target !== outer) return;
    setHiddenInput(outer, 'schema', JSON.stringify(editor.saveSchema()));
  });
});
