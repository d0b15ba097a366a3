// The 流程设置 group's pure parts: serial-rule parts ↔ serialRule string, and <oa:process> read/written through
// the real moddle with the oa descriptor the server publishes (names the engine's parser reads, defaults left out).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BpmnModdle } from 'bpmn-moddle';
import {
  ICON_LABELS, EVENT_LABELS, buildProcessSettings, emptyProcessSettings, formatSerialRule, parseSerialRule, readProcessSettings,
  sampleSerial, splitStarters, joinStarters,
} from '../src/bpmn/process-panel/process-settings-model.js';

const oa = JSON.parse(readFileSync(new URL('../../../../Workflows/Oa.Workflows/Approvals/oa.json', import.meta.url)));
const moddle = new BpmnModdle({ oa });
const create = (type, attrs) => moddle.create(type, attrs);
const engineSource = (file) => readFileSync(new URL(`../../../../Workflows/Oa.Workflows/Approvals/${file}`, import.meta.url), 'utf8');

test('serial parts format to the rule string the engine reads', () => {
  assert.equal(formatSerialRule({ prefix: 'QJ-', datePart: 'yyyyMMdd', separator: '-', seqLength: 4 }), 'QJ-{yyyyMMdd}-{seq:4}');
  assert.equal(formatSerialRule({ prefix: 'HT', datePart: 'yyyy', separator: '', seqLength: 3 }), 'HT{yyyy}{seq:3}');
  assert.equal(formatSerialRule({ prefix: 'NO.', datePart: '', separator: '-', seqLength: 6 }), 'NO.{seq:6}');
});

test('sequence length is kept between 1 and 12 and braces never reach the rule', () => {
  assert.equal(formatSerialRule({ prefix: 'A', datePart: 'yyyyMM', separator: '', seqLength: 40 }), 'A{yyyyMM}{seq:12}');
  assert.equal(formatSerialRule({ prefix: 'A', datePart: '', seqLength: 0 }), 'A{seq:1}');
  assert.equal(formatSerialRule({ prefix: 'A{x}', datePart: '', seqLength: 2 }), 'Ax{seq:2}');
});

test('every shipped rule parses into parts and formats back unchanged', () => {
  for (const rule of ['BK-{yyyyMMdd}-{seq:3}', 'BX-{yyyyMM}-{seq:4}', 'CABA-{yyyy}-{seq:3}', 'X{seq}', 'YZ{yyyyMM}{seq:12}']) {
    const parts = parseSerialRule(rule);
    assert.ok(parts, rule);
    assert.equal(formatSerialRule(parts), rule === 'X{seq}' ? 'X{seq:1}' : rule);
  }
  assert.deepEqual(parseSerialRule('QJ-{yyyyMMdd}-{seq:4}'), { prefix: 'QJ-', datePart: 'yyyyMMdd', separator: '-', seqLength: 4 });
});

test('rules the parts cannot express are left to the text box', () => {
  for (const rule of ['{yyMM}{seq:4}', 'A-{seq:4}-{yyyy}', 'A{seq:13}', 'no counter']) assert.equal(parseSerialRule(rule), null, rule);
});

test('the sample shows the first number of today', () => {
  assert.equal(sampleSerial('QJ-{yyyyMMdd}-{seq:4}', new Date(2026, 11, 1)), 'QJ-20261201-0001');
  assert.equal(sampleSerial('{yyMM}{seq:3}', new Date(2026, 0, 5)), '2601001');
});

test('startableBy splits into one list per picker and joins back', () => {
  const starters = splitStarters('role:财务,dept:d-ops,user:zhangsan,dept:d-hr');
  assert.deepEqual(starters, { user: 'zhangsan', role: '财务', dept: 'd-ops,d-hr' });
  assert.equal(joinStarters(starters), 'user:zhangsan,role:财务,dept:d-ops,dept:d-hr');
});

async function xmlOf(el) {
  const process = moddle.create('bpmn:Process', { id: 'P', extensionElements: moddle.create('bpmn:ExtensionElements', { values: el ? [el] : [] }) });
  const { xml } = await moddle.toXML(moddle.create('bpmn:Definitions', { id: 'D', targetNamespace: 'x', rootElements: [process] }));
  return xml;
}

test('defaults write no oa:process at all', () => {
  assert.equal(buildProcessSettings(create, emptyProcessSettings()), null);
});

test('every setting is written under the parser\'s names and reads back the same', async () => {
  const s = {
    ...emptyProcessSettings(), category: '行政', icon: 'seal', titleTemplate: '{{initiator.displayName}}的用印申请', serialRule: 'YZ-{yyyyMM}-{seq:4}',
    serialReset: 'monthly', admins: 'lisi', starters: { user: 'zhangsan', role: '', dept: 'd-ops' }, returnBehaviour: 'backToReturner',
    initiatorWithdraw: 'never', initiatorCancel: 'whileRunning', approverWithdraw: false,
    notifications: [{ event: 'taskAssigned', subject: '【用印】{{ instance.title }}', body: '', subjectEn: '[Seal] {{ instance.title }}', bodyEn: '' },
      { event: 'cc', subject: '', body: '', subjectEn: '', bodyEn: '' }],
  };
  const el = buildProcessSettings(create, s);
  const xml = await xmlOf(el);
  for (const expected of ['category="行政"', 'icon="seal"', 'serialRule="YZ-{yyyyMM}-{seq:4}"', 'serialReset="monthly"', 'admins="lisi"',
    'startableBy="user:zhangsan,dept:d-ops"', 'returnBehaviour="backToReturner"', 'initiatorWithdraw="never"', 'initiatorCancel="whileRunning"', 'approverWithdraw="false"',
    '<oa:notification event="taskAssigned" subject="【用印】{{ instance.title }}" subjectEn="[Seal] {{ instance.title }}" />'])
    assert.ok(xml.includes(expected), `${expected} in ${xml}`);
  assert.ok(!xml.includes('event="cc"'), 'an override with no text is not written');

  const { rootElement } = await moddle.fromXML(xml);
  const back = readProcessSettings(rootElement.rootElements[0].extensionElements.values[0]);
  assert.deepEqual(back, { ...s, notifications: [s.notifications[0]] });
});

test('the icon and event names are the ones the engine accepts', () => {
  const icons = /Icons =\s*\[([^\]]*)\]/.exec(engineSource('ProcessSettingsParser.Notifications.cs'))[1].match(/"(\w+)"/g).map((x) => x.slice(1, -1));
  assert.deepEqual(Object.keys(ICON_LABELS), icons);
  const events = /Events =\s*\[([^\]]*)\]/.exec(engineSource('ProcessNotification.cs'))[1].match(/"(\w+)"/g).map((x) => x.slice(1, -1));
  assert.deepEqual(Object.keys(EVENT_LABELS), events);
});
