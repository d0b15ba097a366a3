// Island: read-only progress diagram of a running or finished instance.
//
// <div data-bpmn-viewer [data-xml-id=..] [data-states-id=..]>
//   <script type="application/xml" data-role="xml"><bpmn:definitions …></script>
//   <script type="application/json" data-role="states">{"completed":["Start","Apply"],"active":["Approve"]}</script>
// </div>
//
// Completed nodes are green, active ones blue and pulsing, flow nodes not reached grey.
// Clicking (or tapping) a node dispatches CustomEvent('oa:node-click', { detail: { id, type }, bubbles: true })
// on the host element; the instance page opens that node's task list (wwwroot/js/workbench.js).
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import '../bpmn/bpmn-viewer.css';
import { readXml } from '../bpmn/read-xml.js';
import { applyStateMarkers } from '../bpmn/state-markers.js';
import { readJson, mountAll } from '../shared/dom.js';

mountAll('[data-bpmn-viewer]', async (host) => {
  const xml = readXml(host);
  if (!xml) throw new Error('BPMN XML missing');
  const states = readJson(host, { idAttr: 'data-states-id', role: 'states', fallback: {} });

  host.classList.add('oa-bpmn-viewer');
  const viewer = new NavigatedViewer({ container: host });
  await viewer.importXML(xml);
  viewer.get('canvas').zoom('fit-viewport', 'auto');
  applyStateMarkers(viewer.get('canvas'), viewer.get('elementRegistry'), states);

  viewer.get('eventBus').on('element.click', ({ element }) => {
    if (!element.parent || element.type === 'label') return; // the root or a label, not a node
    host.dispatchEvent(new CustomEvent('oa:node-click', { detail: { id: element.id, type: element.type }, bubbles: true }));
  });
  host.oaViewer = viewer;
});
