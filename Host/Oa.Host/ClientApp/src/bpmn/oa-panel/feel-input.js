// A FEEL text box with a live syntax check by the server's interpreter (POST /api/designer/feel/check),
// so what passes here also passes publishing. The check runs after typing pauses; the value is
// committed on change (blur/enter) like the panel's other inputs.
import { html, useEffect, useState, useTranslate } from './html.js';
import { csrfToken } from '../../shared/http.js';

export async function checkFeel(expression) {
  const response = await fetch('/api/designer/feel/check', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', RequestVerificationToken: csrfToken() },
    body: JSON.stringify({ expression }),
  });
  if (!response.ok) return { ok: false, error: '无法校验（{status}）', status: response.status };
  return response.json();
}

export function FeelInput({ value, onChange, testId, rows = 2, placeholder = '= amount > 10000' }) {
  const tr = useTranslate();
  const [text, setText] = useState(value || '');
  const [verdict, setVerdict] = useState(null);
  useEffect(() => setText(value || ''), [value]);
  useEffect(() => {
    if (!text.trim()) { setVerdict(null); return undefined; }
    let live = true;
    const timer = setTimeout(() => checkFeel(text).then((v) => { if (live) setVerdict(v); }), 300);
    return () => { live = false; clearTimeout(timer); };
  }, [text]);
  return html`<div class="oa-feel">
    <textarea class="bio-properties-panel-input oa-feel-text" rows=${rows} spellcheck="false" data-testid=${testId}
      placeholder=${placeholder} value=${text} onInput=${(e) => setText(e.target.value)}
      onChange=${(e) => onChange(e.target.value)} />
    ${verdict ? html`<div class=${verdict.ok ? 'oa-feel-ok' : 'oa-feel-error'} data-testid=${testId && testId + '-verdict'} role="status">
      ${verdict.ok ? tr('✓ 语法正确') : '✗ ' + tr(verdict.error, { status: verdict.status })}</div>` : null}
  </div>`;
}
