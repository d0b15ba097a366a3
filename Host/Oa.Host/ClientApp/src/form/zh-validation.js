// form-js 1.23 has no translation hook and its validator speaks English. This module wraps the
// validator so the messages users see are Chinese; anything without a rule passes unchanged.
const RULES = [
  [/^Field is required\.$/, () => '此项为必填项'],
  [/^Field must have minimum value of (.+)\.$/, (m) => `不能小于 ${m[1]}`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `不能大于 ${m[1]}`],
  [/^Field must have minimum length of (.+)\.$/, (m) => `至少 ${m[1]} 个字符`],
  [/^Field must have maximum length of (.+)\.$/, (m) => `最多 ${m[1]} 个字符`],
  [/^Field must match pattern (.+)\.$/, () => '格式不正确'],
  [/^Field must be a valid email\.$/, () => '请输入有效的电子邮箱'],
  [/^Field must be a valid\s+international phone number/, () => '请输入有效的国际电话号码（如 +8613800000000）'],
  [/^Value is not a number\.$/, () => '请输入数字'],
  [/^Value is expected to be an integer\.$/, () => '请输入整数'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (m) => `最多 ${m[1]} 位小数`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/, (m) => `请输入有效值，最接近的有效值为 ${m[1]} 和 ${m[2]}`],
  [/^Date and time must both be entered\.$/, () => '日期和时间都需要填写'],
];

export function translateMessage(message) {
  for (const [pattern, render] of RULES) {
    const m = pattern.exec(message);
    if (m) return render(m);
  }
  return message;
}

class ZhValidation {
  constructor(validator) {
    for (const method of ['validateField', 'validateFieldInstance']) {
      const original = validator[method].bind(validator);
      validator[method] = (...args) => original(...args).map(translateMessage);
    }
  }
}
ZhValidation.$inject = ['validator'];

export default {
  __init__: ['oaZhValidation'],
  oaZhValidation: ['type', ZhValidation],
};
