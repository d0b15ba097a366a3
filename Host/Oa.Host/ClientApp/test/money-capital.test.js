// Hand-written expectations for 金额大写; each case is one a finance clerk would check by eye.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toCapital, parseCents } from '../src/form/money-capital.js';

const cases = [
  [0, '零元整'],
  [1, '壹元整'],
  [10, '壹拾元整'],
  [15, '壹拾伍元整'],
  [100, '壹佰元整'],
  [101, '壹佰零壹元整'],
  [110, '壹佰壹拾元整'],
  [1001.01, '壹仟零壹元零壹分'],
  [1010.5, '壹仟零壹拾元伍角'],
  [1680.32, '壹仟陆佰捌拾元叁角贰分'],
  [10001, '壹万零壹元整'],
  [100000, '壹拾万元整'],
  [100010, '壹拾万零壹拾元整'],
  [105000, '壹拾万伍仟元整'],
  [1000000, '壹佰万元整'],
  [1234567.89, '壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分'],
  [10000000, '壹仟万元整'],
  [100000000, '壹亿元整'],
  [100010000, '壹亿零壹万元整'],
  [100000001, '壹亿零壹元整'],
  [1100000000, '壹拾壹亿元整'],
  [1000000000000, '壹万亿元整'],
  [0.5, '伍角'],
  [0.05, '伍分'],
  [0.15, '壹角伍分'],
  [20.07, '贰拾元零柒分'],
  [-15.5, '负壹拾伍元伍角'],
  ['1,234.50', '壹仟贰佰叁拾肆元伍角'],
  ['1.005', '壹元零壹分'],
  ['99.999', '壹佰元整'],
  ['¥3000', '叁仟元整'],
  [-0, '零元整'],
];

for (const [amount, expected] of cases) {
  test(`toCapital(${JSON.stringify(amount)}) is ${expected}`, () => {
    assert.equal(toCapital(amount), expected);
  });
}

test('input that is not an amount gives an empty string', () => {
  for (const bad of ['', 'abc', '1.2.3', null, undefined, NaN, Infinity, '.']) {
    assert.equal(toCapital(bad), '', String(bad));
  }
});

test('more than 16 integer digits is out of range', () => {
  assert.equal(toCapital('99999999999999999'), '');
  assert.equal(toCapital('9999999999999999'), '玖仟玖佰玖拾玖万亿玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元整');
});

test('parseCents rounds half up to the fen', () => {
  assert.equal(parseCents('0.004'), 0n);
  assert.equal(parseCents('0.005'), 1n);
  assert.equal(parseCents(12.3), 1230n);
});
