// The form pickers' names for stored ids, from the page's shared name book: a preset value, a
// request reopened by its approver or a draft reloaded shows 王五, not "wangwu".
import { useEffect, useState } from 'preact/hooks';
import { orgNames } from '../../shared/org-names.js';

export function useOrgLabels(kind, ids) {
  const [, setTick] = useState(0);
  useEffect(() => orgNames.subscribe(() => setTick((t) => t + 1)), []);
  useEffect(() => { orgNames.request(kind, ids); }, [kind, ids.join(',')]);
  return (id) => orgNames.label(kind, id);
}

export { orgNames };
