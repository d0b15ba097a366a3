// The related-record field's ledger, chosen from the ledgers the admin can see
// (GET /api/ledgers/) instead of typing a key. A key that is not in the list (a ledger not yet
// published, or one the admin cannot read) is kept and shown as such rather than dropped.
import { useEffect, useState } from 'preact/hooks';
import { html } from '../components/html.js';
import { getJson } from '../../shared/http.js';

let ledgers; // one request per page

export function loadLedgers() {
  ledgers ??= getJson('/api/ledgers/').catch((error) => {
    ledgers = undefined;
    throw error;
  });
  return ledgers;
}

export function LedgerSelect({ id, value, save }) {
  const [list, setList] = useState(null);
  const [error, setError] = useState(null);
  useEffect(() => {
    let live = true;
    loadLedgers().then((l) => live && setList(l), (e) => live && setError(e.message));
    return () => { live = false; };
  }, []);
  const known = (list || []).some((l) => l.key === value);
  return html`<select id=${id} class="bio-properties-panel-input" data-testid="ledger-select"
      value=${value ?? ''} onChange=${(e) => save(e.target.value || undefined)}>
    <option value="">${list ? '（请选择台账）' : '加载中…'}</option>
    ${(list || []).map((l) => html`<option value=${l.key} selected=${l.key === value}>${l.name}（${l.key}）</option>`)}
    ${value && list && !known ? html`<option value=${value} selected>${value}（不在台账列表中）</option>` : null}
  </select>
  ${error ? html`<div class="bio-properties-panel-error">无法加载台账列表：${error}</div>` : null}`;
}
