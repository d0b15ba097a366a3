// The pickers' name book: ids in, names out, with one batched request per tick for users and the
// department list fetched once. fetchJson and the tick are injected, so no browser or server is needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createOrgNames } from '../src/shared/org-names.js';

const USERS = {
  lisi: { userName: 'lisi', displayName: '李四', department: '服务运营部', active: true },
  wangwu: { userName: 'wangwu', displayName: '王五', department: '', active: true },
  gone: { userName: 'gone', displayName: '老赵', department: '', active: false },
};
const DEPTS = [{ id: 'fwyyb', name: '服务运营部', path: '公司 / 服务运营部' }];

function fakeServer() {
  const calls = [];
  const fetchJson = async (url) => {
    calls.push(url);
    if (url === '/api/org/departments') return DEPTS;
    const names = decodeURIComponent(url.split('names=')[1]).split(',');
    return names.map((n) => USERS[n]).filter(Boolean);
  };
  const ticks = [];
  return { calls, fetchJson, defer: (fn) => ticks.push(fn), tick: async () => { await Promise.all(ticks.splice(0).map((fn) => fn())); } };
}

test('users asked for by several pickers in one tick are looked up in one request, then shown by name', async () => {
  const server = fakeServer();
  const book = createOrgNames(server.fetchJson, server.defer);
  let heard = 0;
  book.subscribe(() => heard++);
  book.request('user', ['lisi']);
  book.request('user', ['wangwu', 'LISI']);
  assert.equal(book.label('user', 'lisi').text, 'lisi'); // the id until the answer arrives
  await server.tick();
  assert.deepEqual(server.calls, ['/api/org/users?names=' + encodeURIComponent('lisi,wangwu')]);
  assert.equal(book.label('user', 'lisi').text, '李四');
  assert.equal(book.label('user', 'wangwu').text, '王五');
  assert.equal(heard, 1);
  book.request('user', ['lisi', 'wangwu']); // cached: no second request
  await server.tick();
  assert.equal(server.calls.length, 1);
});

test('an unknown account is marked missing and a deactivated one says so', async () => {
  const server = fakeServer();
  const book = createOrgNames(server.fetchJson, server.defer);
  book.request('user', ['nobody', 'gone']);
  await server.tick();
  assert.deepEqual(book.label('user', 'nobody'), { text: 'nobody', title: '组织中找不到此账号', missing: true });
  assert.equal(book.label('user', 'gone').text, '老赵（已停用）');
});

test('departments come from the one department list, and an id not in it is missing', async () => {
  const server = fakeServer();
  const book = createOrgNames(server.fetchJson, server.defer);
  book.request('dept', ['fwyyb', 'old-team']);
  book.request('dept', ['fwyyb']);
  await new Promise((r) => setTimeout(r, 0));
  assert.deepEqual(server.calls, ['/api/org/departments']);
  assert.deepEqual(book.label('dept', 'fwyyb'), { text: '服务运营部', title: '公司 / 服务运营部' });
  assert.equal(book.label('dept', 'old-team').missing, true);
});

test('a pick from the search results is remembered without a request', async () => {
  const server = fakeServer();
  const book = createOrgNames(server.fetchJson, server.defer);
  book.remember('user', USERS.wangwu);
  book.request('user', ['wangwu']);
  await server.tick();
  assert.equal(server.calls.length, 0);
  assert.equal(book.label('user', 'wangwu').text, '王五');
});

test('a failed look-up leaves the id showing and is retried on the next request', async () => {
  let fail = true;
  const server = fakeServer();
  const book = createOrgNames(async (url) => { if (fail) throw new Error('503'); return server.fetchJson(url); }, server.defer);
  book.request('user', ['lisi']);
  await server.tick();
  assert.deepEqual(book.label('user', 'lisi'), { text: 'lisi', title: 'lisi', missing: false });
  fail = false;
  book.request('user', ['lisi']);
  await server.tick();
  assert.equal(book.label('user', 'lisi').text, '李四');
});
