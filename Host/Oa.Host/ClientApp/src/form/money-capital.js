// 金额大写: renders an amount of yuan the way Chinese finance forms and cheques require.
// Pure function with no DOM so `node --test` can check it and the C# side can mirror it.
//
// Rules (following the usual 会计基础工作规范 reading):
// - digits 零壹贰叁肆伍陆柒捌玖, units 拾佰仟 inside a 4-digit section, sections 万 / 亿 / 万亿;
// - a run of zeros inside the number is written as one 零; zeros at the end of a section are dropped;
// - after 元: 角 is written when non-zero; a zero 角 followed by a non-zero 分 is written 零;
// - 整 closes the text only when there are neither 角 nor 分 (1010.5 → 壹仟零壹拾元伍角);
// - an amount below one yuan omits 零元 (0.05 → 伍分); exactly zero is 零元整;
// - negatives start with 负; the amount is rounded half-up to the fen.
// Returns '' for input that is not a number or has more than 16 integer digits (beyond 万亿).

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const UNITS = ['', '拾', '佰', '仟'];
const SECTIONS = ['', '万', '亿', '万亿'];
const MAX_INTEGER_DIGITS = 16;

export function toCapital(amount) {
  const cents = parseCents(amount);
  if (cents === null) return '';
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const yuan = abs / 100n;
  const jiao = Number((abs / 10n) % 10n);
  const fen = Number(abs % 10n);

  if (yuan.toString().length > MAX_INTEGER_DIGITS) return '';
  if (abs === 0n) return '零元整';

  let text = yuan > 0n ? integerText(yuan) + '元' : '';
  if (jiao === 0 && fen === 0) return (negative ? '负' : '') + text + '整';
  if (jiao > 0) text += DIGITS[jiao] + '角';
  else if (yuan > 0n) text += '零';
  if (fen > 0) text += DIGITS[fen] + '分';
  return (negative ? '负' : '') + text;
}

// Amount in cents as a BigInt, or null. Strings keep their exact decimal digits (no float
// rounding surprises such as 1.005); thousands separators and a leading ¥ are tolerated.
export function parseCents(amount) {
  if (amount === null || amount === undefined) return null;
  let s;
  if (typeof amount === 'number') {
    if (!Number.isFinite(amount)) return null;
    s = String(amount);
    if (/e/i.test(s)) s = amount.toFixed(10);
    if (/e/i.test(s)) return null;
  } else {
    s = String(amount).trim().replace(/[,，\s]/g, '').replace(/^[¥￥]/, '');
  }
  const m = /^([+-])?(\d*)(?:\.(\d*))?$/.exec(s);
  if (!m || (m[2] === '' && (m[3] === undefined || m[3] === ''))) return null;
  const frac = ((m[3] || '') + '000').slice(0, 3);
  let cents = BigInt((m[2] || '0') + frac.slice(0, 2));
  if (frac[2] >= '5') cents += 1n;
  return m[1] === '-' ? -cents : cents;
}

function integerText(yuan) {
  const digits = yuan.toString();
  const sections = [];
  for (let end = digits.length; end > 0; end -= 4) {
    sections.unshift(Number(digits.slice(Math.max(0, end - 4), end)));
  }
  let out = '';
  let pendingZero = false;
  sections.forEach((value, i) => {
    const section = SECTIONS[sections.length - 1 - i];
    if (value === 0) {
      if (out) pendingZero = true;
      return;
    }
    // A zero section in between, or a section that does not fill its 仟 place, needs one 零.
    if (out && (pendingZero || value < 1000)) out += '零';
    out += sectionText(value) + section;
    pendingZero = false;
  });
  return out;
}

function sectionText(value) {
  const digits = String(value).padStart(4, '0');
  let out = '';
  let zero = false;
  for (let i = 0; i < 4; i++) {
    const d = Number(digits[i]);
    if (d === 0) {
      if (out) zero = true;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += DIGITS[d] + UNITS[3 - i];
  }
  return out;
}
