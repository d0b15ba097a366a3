// The 审批设置 group's reader/writer against the real moddle with the oa descriptor the server
// publishes: what the panel writes is what ApprovalPolicyParser reads (names, defaults left out,
// only the attributes each rule type uses).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BpmnModdle } from 'bpmn-moddle';
import { buildApproval, emptySettings, readSettings } from '../src/bpmn/oa-panel/approval-model.js';

const oa = JSON.parse(readFileSync(new URL('../../../../Workflows/Oa.Workflows/Approvals/oa.json', import.meta.url)));
const moddle = new BpmnModdle({ oa });
const create = (type, attrs) => moddle.create(type, attrs);

async function xmlOf(approval) {
  const task = moddle.create('bpmn:UserTask', { id: 'Task_1', extensionElements: moddle.create('bpmn:ExtensionElements', { values: [approval] }) });
  const process = moddle.create('bpmn:Process', { id: 'P', flowElements: [task] });
  const { xml } = await moddle.toXML(moddle.create('bpmn:Definitions', { id: 'D', targetNamespace: 'x', rootElements: [process] }));
  return xml;
}

test('defaults write a bare approval with only the approver rule', async () => {
  const s = { ...emptySettings(), approvers: [{ type: 'deptHead', level: 1 }] };
  const xml = await xmlOf(buildApproval(create, s));
  assert.match(xml, /<oa:approval>\s*<oa:approver type="deptHead" \/>\s*<\/oa:approval>/);
});

test('every policy is written under the parser\'s attribute names', async () => {
  const s = {
    ...emptySettings(), method: 'ratio', passRatio: 0.6, noApprover: 'assign', noApproverUser: 'lisi', selfApprover: 'skip',
    dedup: 'consecutive', commentRequired: 'onReject', signatureRequired: true, actions: ['reject', 'return'],
    rejectTo: 'node:Task_0',
    approvers: [{ type: 'role', value: '人事,行政' }, { type: 'deptHead', level: 2, value: 'ignored' }],
    cc: [{ type: 'user', value: 'wangwu' }],
    timeouts: [{ duration: 'PT24H', action: 'remind', repeat: 3 }, { duration: 'PT72H', action: 'autoApprove', repeat: 5 }],
    fields: [{ field: 'amount', access: 'editable' }],
  };
  const xml = await xmlOf(buildApproval(create, s));
  for (const expected of ['method="ratio"', 'passRatio="0.6"', 'noApprover="assign"', 'noApproverUser="lisi"', 'selfApprover="skip"',
    'dedup="consecutive"', 'commentRequired="onReject"', 'signatureRequired="true"', 'actions="approve,reject,return"',
    'rejectTo="node:Task_0"', '<oa:approver type="role" value="人事,行政" />', '<oa:approver type="deptHead" level="2" />',
    '<oa:cc type="user" value="wangwu" />', '<oa:timeout duration="PT24H" repeat="3" />', '<oa:timeout duration="PT72H" action="autoApprove" />',
    '<oa:fieldPermission field="amount" access="editable" />'])
    assert.ok(xml.includes(expected), `missing ${expected} in\n${xml}`);
});

test('an approval read from XML and written back is unchanged', async () => {
  const source = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:oa="http://oa.dev/schema/bpmn/oa" id="D" targetNamespace="x">
  <bpmn:process id="P"><bpmn:userTask id="T"><bpmn:extensionElements>
    <oa:approval method="any" selfApprover="head" commentRequired="onReject" actions="approve,reject,return,cc">
      <oa:approver type="formDept" field="dept" mode="members" includeChildren="true" />
      <oa:timeout duration="PT24H" repeat="3" />
      <oa:fieldPermission field="hrRemark" access="hidden" />
    </oa:approval>
  </bpmn:extensionElements></bpmn:userTask></bpmn:process></bpmn:definitions>`;
  const { rootElement } = await moddle.fromXML(source);
  const approval = rootElement.rootElements[0].flowElements[0].extensionElements.values[0];
  const settings = readSettings(approval);
  assert.equal(settings.method, 'any');
  assert.deepEqual(settings.actions, ['approve', 'reject', 'return', 'cc']);
  assert.deepEqual(settings.approvers[0], { type: 'formDept', field: 'dept', mode: 'members', includeChildren: true });
  const again = await xmlOf(buildApproval(create, settings));
  assert.match(again, /<oa:approval method="any" selfApprover="head" commentRequired="onReject" actions="approve,reject,return,cc">/);
  assert.ok(again.includes('<oa:approver type="formDept" field="dept" mode="members" includeChildren="true" />'));
  assert.ok(again.includes('<oa:timeout duration="PT24H" repeat="3" />'));
  assert.ok(again.includes('<oa:fieldPermission field="hrRemark" access="hidden" />'));
});

test('减签 is offered and removeSigner round-trips under the engine\'s action name', async () => {
  const { ACTIONS } = await import('../src/bpmn/oa-panel/approval-model.js');
  assert.deepEqual(ACTIONS.find(([a]) => a === 'removeSigner'), ['removeSigner', '减签']);
  const xml = await xmlOf(buildApproval(create, { ...emptySettings(), actions: ['reject', 'addSigner', 'removeSigner'] }));
  assert.ok(xml.includes('actions="approve,reject,addSigner,removeSigner"'), xml);
  const { rootElement } = await moddle.fromXML(xml);
  const approval = rootElement.rootElements[0].flowElements[0].extensionElements.values[0];
  assert.deepEqual(readSettings(approval).actions, ['approve', 'reject', 'addSigner', 'removeSigner']);
});

test('no actions attribute means the engine\'s defaults, and unticking one of them is written out', async () => {
  const { rootElement } = await moddle.fromXML(await xmlOf(create('oa:Approval', {})));
  const settings = readSettings(rootElement.rootElements[0].flowElements[0].extensionElements.values[0]);
  assert.deepEqual(settings.actions, ['approve', 'reject', 'return', 'transfer']); // ApprovalPolicy.DefaultActions
  assert.ok(!(await xmlOf(buildApproval(create, settings))).includes('actions='));
  const fewer = await xmlOf(buildApproval(create, { ...settings, actions: ['reject'] }));
  assert.ok(fewer.includes('actions="approve,reject"'), fewer);
});
