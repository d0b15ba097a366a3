// The text view's pipeline without a browser: feelers evaluates the template (with our sanitizer on quoted values),
// marked renders the markdown — what form-js' Text does before its HTML whitelist. A typed value must come out as
// text: no tag, no link, no second template.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate } from 'feelers';
import { marked } from 'marked';
import { escapeQuotedValue } from '../src/form/text-view-values.js';

const typed = `<img src=x onerror="__xss=1"><a href="https://evil.example">登录</a>[点此](javascript:__xss=2)[官网](https://evil.example) www.evil.example **粗体** {{constructor}}`;
const render = (sanitizer) => marked.parse(evaluate('主题引用：{{subject}}', { subject: typed }, { sanitizer }), { gfm: true, breaks: true });
const decode = (s) => s.replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code))).replace(/&(lt|gt|amp|quot);/g, (_, e) => ({ lt: '<', gt: '>', amp: '&', quot: '"' })[e]);

test('a quoted value renders as its own text, with no tag or link in the HTML', () => {
  const out = render(escapeQuotedValue);
  assert.doesNotMatch(out, /<img|<a\b|<strong>/);
  assert.equal(decode(out.replace(/<\/?p>/g, '').trim()), '主题引用：' + typed);
});

test('without the escaping the same value turns into an image and a link (what the viewer used to do)', () => {
  const out = render(undefined);
  assert.match(out, /<img src=x onerror="__xss=1">/);
  assert.match(out, /<a href="https:\/\/evil.example">/);
  assert.match(out, /<strong>粗体<\/strong>/);
});

test('the static text of the template keeps its markdown', () => {
  const out = marked.parse(evaluate('**注意**：{{n}} 天', { n: 3 }, { sanitizer: escapeQuotedValue }));
  assert.match(out, /<strong>注意<\/strong>：3 天/);
});

test('nothing and numbers quote as text', () => {
  assert.equal(escapeQuotedValue(null), '');
  assert.equal(escapeQuotedValue(12.5), '12&#46;5');
  assert.equal(escapeQuotedValue('张三'), '张三');
});
