// 标题模板 with a live preview rendered by the server (POST /api/designer/title-preview) — the same renderer that
// names new requests — with the admin as applicant and the start form's fields filled with their labels.
import { html, useEffect, useService, useState } from '../oa-panel/html.js';
import { zeebeFormId } from '../oa-panel/extension-writer.js';
import { useFormFields } from '../oa-panel/form-fields.js';
import { csrfToken } from '../../shared/http.js';
import { t } from './text.js';

export async function previewTitle(template, processName, variables) {
  const response = await fetch('/api/designer/title-preview', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', RequestVerificationToken: csrfToken() },
    body: JSON.stringify({ template, processName, variables }),
  });
  const body = await response.json().catch(() => ({}));
  if (response.ok) return { ok: true, text: body.title };
  return { ok: false, text: body.errors?.template?.[0] || `无法预览（${response.status}）` };
}

// {{days}} shows as ‹请假天数›: the admin sees where each field lands without inventing values.
export function sampleVariables(fields) {
  const sample = {};
  for (const f of fields) if (f.holdsValue && !f.key.includes('.')) sample[f.key] = `‹${f.label}›`;
  return sample;
}

export function TitleTemplateEditor({ value, processName, onChange }) {
  const registry = useService('elementRegistry');
  const start = registry.filter((e) => e.type === 'bpmn:StartEvent' && !e.businessObject.eventDefinitions?.length)[0];
  const { fields } = useFormFields(start ? zeebeFormId(start.businessObject) : null);
  const [text, setText] = useState(value || '');
  const [preview, setPreview] = useState(null);
  useEffect(() => setText(value || ''), [value]);
  useEffect(() => {
    if (!text.trim()) { setPreview(null); return undefined; }
    let live = true;
    const timer = setTimeout(() => previewTitle(text, processName || '', sampleVariables(fields)).then((p) => { if (live) setPreview(p); }), 300);
    return () => { live = false; clearTimeout(timer); };
  }, [text, processName, fields]);
  return html`<div class="oa-title-template">
    <input class="bio-properties-panel-input" data-testid="title-template" value=${text} placeholder=${t('{{initiator.displayName}}的申请')}
      onInput=${(e) => setText(e.target.value)} onChange=${(e) => onChange(e.target.value)} />
    ${preview ? html`<div class=${preview.ok ? 'oa-feel-ok' : 'oa-feel-error'} data-testid="title-preview" role="status">
      ${preview.ok ? `${t('预览：')}${preview.text}` : '✗ ' + preview.text}</div>` : null}
  </div>`;
}
