// 通知模板: per-event overrides of this process's notifications (<oa:notification event subject body subjectEn bodyEn/>).
// The default text of the event is shown as the placeholder, so the admin edits from what is sent today. The English pair
// is optional and folded away until opened or filled: recipients whose language is English get it, else the Chinese text.
import { html, Select } from '../oa-panel/html.js';
import { EVENT_LABELS } from './process-settings-model.js';
import { t } from './text.js';

export function NotificationList({ value, defaults, onChange }) {
  const used = new Set(value.map((n) => n.event));
  const free = Object.keys(EVENT_LABELS).filter((e) => !used.has(e));
  const set = (i, patch) => onChange(value.map((n, j) => (j === i ? { ...n, ...patch } : n)));
  const defaultOf = (event) => defaults.find((d) => d.event === event) || {};
  return html`<div class="oa-notifications" data-testid="notifications">
    ${value.map((n, i) => html`<div class="oa-rule" data-testid=${`notification-${n.event}`}>
      <div class="oa-rule-head">
        <strong>${t(EVENT_LABELS[n.event] || n.event)}</strong>
        <button type="button" class="oa-icon-button" title=${t('删除')} onClick=${() => onChange(value.filter((_, j) => j !== i))}>${t('删除')}</button>
      </div>
      <input class="bio-properties-panel-input" data-testid="notification-subject" value=${n.subject} placeholder=${defaultOf(n.event).subject || t('标题')}
        onChange=${(e) => set(i, { subject: e.target.value })} />
      <textarea class="bio-properties-panel-input oa-feel-text" rows="2" data-testid="notification-body" value=${n.body}
        placeholder=${defaultOf(n.event).body || t('正文')} onChange=${(e) => set(i, { body: e.target.value })} />
      <details class="oa-notification-en" open=${Boolean(n.subjectEn || n.bodyEn)}>
        <summary>${t('英文版（可选，英文用户收到；不填则收到中文）')}</summary>
        <input class="bio-properties-panel-input" data-testid="notification-subject-en" value=${n.subjectEn || ''}
          placeholder=${defaultOf(n.event).subjectEn || 'Subject'} onChange=${(e) => set(i, { subjectEn: e.target.value })} />
        <textarea class="bio-properties-panel-input oa-feel-text" rows="2" data-testid="notification-body-en" value=${n.bodyEn || ''}
          placeholder=${defaultOf(n.event).bodyEn || 'Body'} onChange=${(e) => set(i, { bodyEn: e.target.value })} />
      </details>
    </div>`)}
    ${free.length ? html`<${Select} value="" testId="notification-add"
      options=${[['', t('＋ 定制某个事件的通知…')], ...free.map((e) => [e, t(EVENT_LABELS[e])])]}
      onChange=${(event) => event && onChange([...value, { event, subject: '', body: '', subjectEn: '', bodyEn: '' }])} />` : null}
  </div>`;
}
