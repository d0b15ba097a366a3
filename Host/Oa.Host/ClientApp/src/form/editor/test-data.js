// Test data for the editor's preview: a starting sample built from the schema's fields, and
// parsing of what the admin types into the 测试数据 box. Pure functions (node tests).

// Value a field of each type starts with in the sample, so the admin sees the data's shape
// (a number for FEEL like `amount > 10000`, a list for checklists). Unlisted types get null.
const SAMPLE = {
  textfield: '', textarea: '', select: '', radio: '', datetime: '',
  number: 0, 'oa-money': 0,
  checkbox: false,
  checklist: [], taglist: [],
  dynamiclist: [],
};

// Fields that hold no value of their own or are computed: not part of the sample.
const NO_VALUE = new Set(['text', 'html', 'image', 'spacer', 'separator', 'button', 'expression', 'table', 'iframe', 'documentPreview']);

// { key: sample } for every keyed field, nested under a group's `path` as form-js stores it.
// Rows of a dynamic list are left empty: the admin adds rows when testing sums.
export function sampleData(schema) {
  const data = {};
  const walk = (components, target) => {
    for (const c of components || []) {
      if (!c || typeof c !== 'object') continue;
      if (c.type === 'dynamiclist') {
        if (c.path) setPath(target, c.path, []);
        continue;
      }
      if (c.key && !NO_VALUE.has(c.type)) {
        setPath(target, c.key, c.type in SAMPLE ? clone(SAMPLE[c.type]) : null);
      }
      if (c.components) walk(c.components, c.path ? ensurePath(target, c.path) : target);
    }
  };
  walk(schema?.components, data);
  return data;
}

// The 测试数据 box: empty means no data; otherwise it must be a JSON object.
export function parseTestData(text) {
  if (!text || !text.trim()) return { data: {}, error: null };
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { data: null, error: `测试数据不是有效的 JSON：${e.message}` };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { data: null, error: '测试数据必须是 JSON 对象，如 {"amount": 12000}' };
  return { data: value, error: null };
}

function setPath(target, path, value) {
  const parts = String(path).split('.');
  const last = parts.pop();
  ensurePath(target, parts.join('.'))[last] = value;
}

function ensurePath(target, path) {
  if (!path) return target;
  return String(path).split('.').reduce((node, part) => {
    if (!node[part] || typeof node[part] !== 'object') node[part] = {};
    return node[part];
  }, target);
}

function clone(v) {
  return Array.isArray(v) ? [] : v;
}
