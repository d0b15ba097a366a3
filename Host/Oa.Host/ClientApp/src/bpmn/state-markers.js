// Colours an instance's progress onto the diagram with canvas markers (CSS classes on the
// shapes), which keeps the XML untouched and the colours in one stylesheet.
export const MARKERS = { completed: 'oa-completed', active: 'oa-active', pending: 'oa-pending' };

export function applyStateMarkers(canvas, elementRegistry, { completed = [], active = [] } = {}) {
  const done = new Set(completed);
  const now = new Set(active);
  elementRegistry.forEach((element) => {
    if (!element.parent || element.type === 'label' || !isFlowNode(element)) return;
    // An active node may also have completed before (a loop back): active wins.
    const marker = now.has(element.id) ? MARKERS.active : done.has(element.id) ? MARKERS.completed : MARKERS.pending;
    canvas.addMarker(element.id, marker);
  });
  // Flows between two completed-or-active nodes were taken; colour them like completed.
  elementRegistry.filter((e) => e.type === 'bpmn:SequenceFlow').forEach((flow) => {
    const from = flow.source?.id;
    const to = flow.target?.id;
    if (done.has(from) && (done.has(to) || now.has(to))) canvas.addMarker(flow.id, MARKERS.completed);
  });
}

function isFlowNode(element) {
  const bo = element.businessObject;
  return Boolean(bo && bo.$instanceOf && bo.$instanceOf('bpmn:FlowNode'));
}
