// Problems of the last 校验/发布 on the diagram: a red marker and a badge on every offending element,
// the message as the badge's tooltip; a click on a row of the page's problem table selects and
// scrolls to its element. Problems without an element (a broken file) stay in the table only.
export const PROBLEM_MARKER = 'oa-problem';

export function markProblems(modeler, problems) {
  const registry = modeler.get('elementRegistry');
  const canvas = modeler.get('canvas');
  const overlays = modeler.get('overlays');
  const marked = [];
  for (const [id, messages] of groupById(problems)) {
    const element = registry.get(id);
    if (!element) continue;
    canvas.addMarker(id, PROBLEM_MARKER);
    const badge = document.createElement('div');
    badge.className = 'oa-problem-badge';
    badge.textContent = String(messages.length);
    badge.title = messages.join('\n');
    badge.dataset.problemFor = id;
    overlays.add(id, 'oa-problem', { position: { top: -10, right: 10 }, html: badge });
    marked.push(id);
  }
  return marked;
}

export function groupById(problems) {
  const map = new Map();
  for (const { elementId, message } of problems) {
    if (!elementId) continue;
    if (!map.has(elementId)) map.set(elementId, []);
    map.get(elementId).push(message || '');
  }
  return map;
}

// The page renders each problem as <tr data-element-id="…"> with the message in its last cell.
export function problemsFromTable(doc = document) {
  return [...doc.querySelectorAll('tr[data-element-id]')]
    .filter((row) => row.dataset.elementId)
    .map((row) => ({ elementId: row.dataset.elementId, message: row.cells[row.cells.length - 1]?.textContent.trim() || '' }));
}

export function wireProblemRows(modeler, doc = document) {
  const registry = modeler.get('elementRegistry');
  for (const row of doc.querySelectorAll('tr[data-element-id]')) {
    const element = registry.get(row.dataset.elementId);
    if (!element) continue;
    row.classList.add('oa-problem-row');
    row.title = '在流程图中定位';
    row.addEventListener('click', () => {
      modeler.get('selection').select(element);
      modeler.get('canvas').scrollToElement(element);
    });
  }
}
