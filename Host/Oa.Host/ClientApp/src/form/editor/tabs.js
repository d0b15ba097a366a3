// 设计 | 预览 tabs over the editor canvas and the preview pane (ARIA tabs, buttons inside the
// page's <form>, hence type="button" so switching never posts).
import { el } from './dom.js';

export function createTabs(panes, onShow) {
  const buttons = panes.map(({ label, pane }, i) => {
    const id = `oa-fe-tab-${i}`;
    pane.setAttribute('role', 'tabpanel');
    pane.setAttribute('aria-labelledby', id);
    return el('button', { type: 'button', role: 'tab', id, class: 'oa-fe-tab', 'aria-selected': i === 0 ? 'true' : 'false' }, label);
  });
  const show = (index) => {
    buttons.forEach((b, i) => b.setAttribute('aria-selected', i === index ? 'true' : 'false'));
    panes.forEach(({ pane }, i) => { pane.hidden = i !== index; });
    onShow?.(index);
  };
  buttons.forEach((b, i) => b.addEventListener('click', () => show(i)));
  return { bar: el('div', { class: 'oa-fe-tabs', role: 'tablist' }, ...buttons), show };
}
