// Currencies an oa-money field may be in: the symbol shown before the amount. No currency means
// 人民币, the form's default (and the only one 金额大写 is written for on paper).
export const CURRENCIES = [
  ['CNY', '人民币 ¥'],
  ['USD', '美元 $'],
  ['EUR', '欧元 €'],
  ['HKD', '港币 HK$'],
  ['JPY', '日元 ¥'],
];

const SYMBOLS = { CNY: '¥', USD: '$', EUR: '€', HKD: 'HK$', JPY: '¥' };

export function currencySymbol(currency) {
  return SYMBOLS[currency] || '¥';
}

// 金额大写 is how 人民币 amounts are written on paper; other currencies show the figure only.
export function isRenminbi(currency) {
  return !currency || currency === 'CNY';
}
