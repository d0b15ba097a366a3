// 预览: the schema being edited, rendered by the same form-js Viewer and OA components as the
// apply page, filled from an editable JSON 测试数据 box. form-js evaluates conditional.hide and
// expression fields against that data, so a hide-if can be seen working before publishing.
// The sample data follows the schema until the admin edits the box; after that it is theirs.
import { Form } from '@bpmn-io/form-js-viewer';
import '@bpmn-io/form-js-viewer/dist/assets/flatpickr/light.css';
import OaFieldsModule from '../oa-fields-module.js';
import ZhValidationModule from '../zh-validation.js';
import { sampleData, parseTestData } from './test-data.js';
import { el } from './dom.js';
import { localiseViewer } from '../i18n/form-js-language.js';

export function createPreview({ getSchema }) {
  const formHost = el('div', { class: 'oa-fe-preview-form', 'data-testid': 'form-preview' });
  const box = el('textarea', { id: 'oa-fe-test-data', class: 'oa-fe-test-data', rows: '14', spellcheck: 'false', 'data-testid': 'test-data' });
  const status = el('p', { class: 'oa-fe-test-data-status', role: 'status' });
  const reset = el('button', { type: 'button', class: 'oa-link-button' }, '重置为示例数据');
  const pane = el('div', { class: 'oa-fe-preview', hidden: '' },
    el('section', { class: 'oa-fe-preview-main', 'aria-label': '表单预览' }, formHost),
    el('aside', { class: 'oa-fe-test-data-pane' },
      el('label', { for: 'oa-fe-test-data' }, '测试数据'),
      el('p', { class: 'oa-hint' }, 'JSON 对象，字段 key → 值；条件（隐藏条件、表达式）按这些值计算。'),
      box, status, reset));

  localiseViewer(formHost);
  const form = new Form({ container: formHost, additionalModules: [OaFieldsModule, ZhValidationModule] });
  let edited = false; // the admin typed their own test data
  let timer;

  async function render() {
    const schema = getSchema();
    if (!edited) box.value = JSON.stringify(sampleData(schema), null, 2);
    const { data, error } = parseTestData(box.value);
    status.textContent = error || '';
    status.classList.toggle('error', Boolean(error));
    if (error) return; // keep showing the last good rendering
    try {
      await form.importSchema(schema, data);
    } catch (e) {
      status.textContent = `预览失败：${e.message}`;
      status.classList.add('error');
    }
  }

  box.addEventListener('input', () => {
    edited = true;
    clearTimeout(timer);
    timer = setTimeout(render, 300);
  });
  reset.addEventListener('click', () => {
    edited = false;
    render();
  });

  return {
    pane,
    form,
    render,
    get visible() { return !pane.hidden; },
  };
}
