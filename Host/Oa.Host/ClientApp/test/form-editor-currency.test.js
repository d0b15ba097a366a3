// oa-money's currency property (set in the designer's OA 设置): the symbol shown and whether 金额大写 applies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CURRENCIES, currencySymbol, isRenminbi } from '../src/form/components/currency.js';

test('currencySymbol_DefaultsToYuan_AndFollowsTheChosenCurrency', () => {
  assert.equal(currencySymbol(undefined), '¥');
  assert.equal(currencySymbol('USD'), '$');
  assert.equal(currencySymbol('HKD'), 'HK$');
  assert.equal(currencySymbol('XXX'), '¥');
});

test('capital numerals are for renminbi only, and every offered currency has a symbol', () => {
  assert.equal(isRenminbi(undefined), true);
  assert.equal(isRenminbi('CNY'), true);
  assert.equal(isRenminbi('EUR'), false);
  for (const [code] of CURRENCIES) assert.ok(currencySymbol(code));
});
