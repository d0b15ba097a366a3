// Island: BPMN designer (bpmn-js Modeler + Camunda 8 properties panel).
//
// <form method="post">
//   <div data-bpmn-modeler [data-xml-id=..] [data-moddle-url=..]>
//     <script type="application/xml" data-role="xml"><bpmn:definitions …></script>  (optional)
//   </div>
//   <button type="submit" name="action" value="save">保存</button>
// </form>
//
// On submit of the enclosing form the diagram is exported and written into
// <input type="hidden" name="bpmnXml">, then the post continues with the same submit button.
// window.oaModeler is the modeler (tests, page scripts).
import BpmnModeler from 'bpmn-js/lib/Modeler';
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  ZeebePropertiesProviderModule,
  ZeebeTooltipProvider,
} from 'bpmn-js-properties-panel';
import ZeebeBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-cloud';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import '../bpmn/bpmn-modeler.css';
import UnsupportedElementsModule from '../bpmn/unsupported-elements.js';
import OaPaletteModule from '../bpmn/oa-palette.js';
import { OaPropertiesProviderModule } from '../bpmn/oa-panel/oa-properties-provider.js';
import '../bpmn/oa-panel/oa-panel.css';
import { ProcessSettingsModule } from '../bpmn/process-panel/process-properties-provider.js';
import { fitBesidePalette } from '../bpmn/fit-viewport.js';
import { markProblems, problemsFromTable, wireProblemRows } from '../bpmn/problem-markers.js';
import { startAutosave } from '../bpmn/draft-autosave.js';
import { loadModdleExtensions, OA_MODDLE_URL } from '../bpmn/moddle.js';
import { EMPTY_DIAGRAM } from '../bpmn/empty-diagram.js';
import { TranslateZhModule } from '../bpmn/i18n/translate-zh.js';
import { TranslateEnModule } from '../bpmn/i18n/translate-en.js';
import { uiLanguage } from '../form/i18n/ui-text.js';
import { readXml } from '../bpmn/read-xml.js';
import { setHiddenInput, mountAll } from '../shared/dom.js';

mountAll('[data-bpmn-modeler]', async (host) => {
  const xml = readXml(host) || EMPTY_DIAGRAM;
  const moddleExtensions = await loadModdleExtensions(host.dataset.moddleUrl || OA_MODDLE_URL);

  host.classList.add('oa-modeler');
  const canvas = el('div', 'oa-modeler-canvas');
  const panel = el('div', 'oa-modeler-properties');
  host.append(canvas, panel);

  const modeler = new BpmnModeler({
    container: canvas,
    propertiesPanel: { parent: panel, tooltip: ZeebeTooltipProvider },
    additionalModules: [
      BpmnPropertiesPanelModule,
      BpmnPropertiesProviderModule,
      ZeebePropertiesProviderModule,
      ZeebeBehaviorsModule,
      UnsupportedElementsModule,
      OaPaletteModule,
      OaPropertiesProviderModule,
      ProcessSettingsModule,
      // The palette, context pad and properties panel in the page's language (Chinese unless <html lang> is en); on an
      // English page only our own panel texts (written in Chinese) need translating.
      uiLanguage() === 'zh' ? TranslateZhModule : TranslateEnModule,
    ],
    moddleExtensions,
  });
  const { warnings } = await modeler.importXML(xml);
  if (warnings.length) console.warn('[oa] BPMN import warnings', warnings);
  fitBesidePalette(modeler.get('canvas'), paletteWidth(canvas));
  // Problems of the last 校验/发布 (the page's table) as markers on the diagram.
  const problems = problemsFromTable();
  host.dataset.problemsMarked = String(markProblems(modeler, problems).length);
  wireProblemRows(modeler);
  window.oaModeler = modeler;

  const autosave = host.dataset.draftUrl ? startAutosave(modeler, {
    url: host.dataset.draftUrl,
    baseVersion: host.dataset.baseVersion,
    status: document.querySelector('[data-draft-status]'),
  }) : null;
  const outer = host.closest('form');
  if (outer) wireSubmit(modeler, outer, autosave);
});

// Forms of the page that destroy work ask first (the CSP forbids inline handlers): <form data-confirm="…">.
document.querySelectorAll('form[data-confirm]').forEach((form) => form.addEventListener('submit', (event) => {
  if (!window.confirm(form.dataset.confirm)) event.preventDefault();
}));

// saveXML is asynchronous, so the first submit is held back, the XML stored, and the submit
// repeated with the same submitter (its name/value tells the page 保存 from 发布).
function wireSubmit(modeler, outer, autosave) {
  let passThrough = false;
  outer.addEventListener('submit', async (event) => {
    if (event.target !== outer) return;
    if (passThrough) {
      passThrough = false;
      return;
    }
    event.preventDefault();
    await autosave?.finish();
    try {
      const { xml } = await modeler.saveXML({ format: true });
      setHiddenInput(outer, 'bpmnXml', xml);
      passThrough = true;
      // Chromium drops a requestSubmit() made while the first submit event is still being handled
      // (saveXML may resolve within it); the next task is outside it.
      setTimeout(() => outer.requestSubmit(event.submitter || undefined), 0);
    } catch (error) {
      console.error('[oa] BPMN export failed', error);
      alert('流程图导出失败：' + error.message);
    }
  });
}

// The palette floats over the canvas' left edge; its right edge is what the diagram must clear.
function paletteWidth(canvas) {
  const palette = canvas.querySelector('.djs-palette');
  if (!palette) return 0;
  return Math.max(0, palette.getBoundingClientRect().right - canvas.getBoundingClientRect().left);
}

function el(tag, className) {
  const node = document.createElement(tag);
  node.className = className;
  return node;
}
