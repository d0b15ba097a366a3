// The condition builder's clauses ↔ the FEEL text of a sequence flow's conditionExpression.
// parseCondition only recognises what buildCondition writes; anything else stays raw FEEL, so a
// hand-written expression is never rewritten behind the admin's back.

export const OPERATORS = [
  ['=', '等于'], ['!=', '不等于'], ['>', '大于'], ['>=', '大于等于'], ['<', '小于'], ['<=', '小于等于'],
  ['contains', '包含'], ['empty', '为空'], ['notEmpty', '不为空'],
];
const COMPARISONS = ['>=', '<=', '!=', '=', '>', '<'];
const NUMERIC_TYPES = /^(number|oa-money)$/;

export function literal(value, fieldType) {
  const text = String(value ?? '').trim();
  if (text === 'true' || text === 'false') return text;
  if ((NUMERIC_TYPES.test(fieldType || '') || fieldType === undefined) && /^-?\d+(\.\d+)?$/.test(text)) return text;
  return '"' + text.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"';
}

export function clauseFeel({ field, op, value }, fieldType) {
  if (!field) return '';
  if (op === 'empty') return `${field} = null`;
  if (op === 'notEmpty') return `${field} != null`;
  if (op === 'contains') return `contains(string(${field}), ${literal(String(value ?? ''), 'text')})`;
  return `${field} ${op} ${literal(value, fieldType)}`;
}

// clauses joined by one connective ('and' = 全部满足, 'or' = 任一满足); '' when nothing is complete
export function buildCondition(clauses, connective = 'and', typeOf = () => undefined) {
  const parts = clauses.map((c) => clauseFeel(c, typeOf(c.field))).filter(Boolean);
  if (parts.length === 0) return '';
  return '=' + parts.join(` ${connective} `);
}

export function parseCondition(body) {
  const text = String(body || '').trim();
  if (!text.startsWith('=')) return null;
  const expr = text.slice(1).trim();
  if (!expr) return null;
  const split = splitTopLevel(expr);
  if (!split) return null;
  const clauses = [];
  for (const part of split.parts) {
    const clause = parseClause(part.trim());
    if (!clause) return null;
    clauses.push(clause);
  }
  return { connective: split.connective, clauses };
}

function parseClause(text) {
  let m = /^([A-Za-z_][\w.]*)\s*(=|!=)\s*null$/.exec(text);
  if (m) return { field: m[1], op: m[2] === '=' ? 'empty' : 'notEmpty', value: '' };
  m = /^contains\(string\(([A-Za-z_][\w.]*)\),\s*("(?:[^"\\]|\\.)*")\)$/.exec(text);
  if (m) return { field: m[1], op: 'contains', value: unquote(m[2]) };
  m = /^([A-Za-z_][\w.]*)\s*(>=|<=|!=|=|>|<)\s*(.+)$/.exec(text);
  if (!m || !COMPARISONS.includes(m[2])) return null;
  const value = m[3].trim();
  if (/^"(?:[^"\\]|\\.)*"$/.test(value)) return { field: m[1], op: m[2], value: unquote(value) };
  if (/^(-?\d+(\.\d+)?|true|false)$/.test(value)) return { field: m[1], op: m[2], value };
  return null;
}

function unquote(quoted) {
  return quoted.slice(1, -1).replace(/\\(.)/g, '$1');
}

// Splits on top-level ' and ' / ' or ' (outside strings and parentheses); mixing both is not ours.
function splitTopLevel(expr) {
  const parts = [];
  let depth = 0;
  let inString = false;
  let start = 0;
  let connective = null;
  for (let i = 0; i < expr.length; i++) {
    const ch = expr[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (depth === 0 && ch === ' ') {
      const word = /^ (and|or) /.exec(expr.slice(i));
      if (word) {
        if (connective && connective !== word[1]) return null;
        connective = word[1];
        parts.push(expr.slice(start, i));
        i += word[0].length - 1;
        start = i + 1;
      }
    }
  }
  parts.push(expr.slice(start));
  return { connective: connective || 'and', parts };
}
