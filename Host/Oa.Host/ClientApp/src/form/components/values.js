// Single-or-multiple value handling shared by the pickers: `multiple` fields store arrays,
// single ones a scalar or null, and both are read back as a list.
export function asList(value) {
  if (Array.isArray(value)) return value.filter((v) => v !== null && v !== undefined && v !== '');
  return value === null || value === undefined || value === '' ? [] : [value];
}

export function fromList(list, multiple) {
  if (multiple) return list;
  return list.length ? list[list.length - 1] : null;
}
