// Fields of a published form (GET /api/designer/forms/{formId}/fields), cached per page: the grid,
// the 表单内人员 rule and the condition builder all ask for the same form.
import { getJson } from '../../shared/http.js';
import { useEffect, useState } from './html.js';

const cache = new Map();

export function loadFormFields(formId) {
  if (!formId) return Promise.resolve({ fields: [], error: null });
  if (!cache.has(formId)) {
    cache.set(formId, getJson(`/api/designer/forms/${encodeURIComponent(formId)}/fields`)
      .then((r) => ({ fields: r.fields, error: null }))
      // The error is a translate template: whoever shows it fills in {formId} in the page's language.
      .catch((e) => ({ fields: [], error: /404/.test(e.message) ? '表单 {formId} 尚未发布' : '无法读取表单字段' })));
  }
  return cache.get(formId);
}

export function useFormFields(formId) {
  const [state, setState] = useState({ fields: [], error: null, loading: Boolean(formId) });
  useEffect(() => {
    let live = true;
    setState({ fields: [], error: null, loading: Boolean(formId) });
    loadFormFields(formId).then((r) => { if (live) setState({ ...r, loading: false }); });
    return () => { live = false; };
  }, [formId]);
  return state;
}
