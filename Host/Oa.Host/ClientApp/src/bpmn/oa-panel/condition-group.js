// 条件设置 on a sequence flow out of an exclusive or inclusive gateway: clauses over the start form's
// fields (field, operator, value → FEEL), or raw FEEL; both with the server's live syntax check.
import { getBusinessObject, is } from 'bpmn-js/lib/util/ModelUtil';
import { html, useService, useElementTick, useState, useTranslate, Select, Text, Field } from './html.js';
import { OPERATORS, buildCondition, parseCondition } from './condition-feel.js';
import { zeebeFormId } from './extension-writer.js';
import { useFormFields } from './form-fields.js';
import { FeelInput } from './feel-input.js';

export function isConditionalFlow(element) {
  const source = element.businessObject?.sourceRef;
  return is(element, 'bpmn:SequenceFlow') && (is(source, 'bpmn:ExclusiveGateway') || is(source, 'bpmn:InclusiveGateway'));
}

// The form whose fields the conditions read: the process's start form (gateways route on what the applicant filled in).
export function startFormId(bo) {
  let container = bo.$parent;
  while (container && !container.flowElements) container = container.$parent;
  const starts = (container?.flowElements || []).filter((e) => is(e, 'bpmn:StartEvent'));
  for (const s of starts) if (zeebeFormId(s)) return zeebeFormId(s);
  return null;
}

export function ConditionEditor({ element }) {
  useElementTick(element);
  const injector = useService('injector');
  const bo = getBusinessObject(element);
  const body = bo.get('conditionExpression')?.get('body') || '';
  const parsed = parseCondition(body);
  const [mode, setMode] = useState(body && !parsed ? 'raw' : 'builder');
  const tr = useTranslate();
  const formId = startFormId(bo);
  const { fields, error } = useFormFields(formId);
  const valueFields = fields.filter((f) => f.holdsValue);
  const isDefault = bo.sourceRef?.get('default') === bo;

  const write = (text) => {
    const commandStack = injector.get('commandStack');
    const expression = text ? injector.get('bpmnFactory').create('bpmn:FormalExpression', { body: text }) : undefined;
    commandStack.execute('element.updateModdleProperties', { element, moddleElement: bo, properties: { conditionExpression: expression } });
  };
  const state = parsed || { connective: 'and', clauses: [] };
  const typeOf = (key) => valueFields.find((f) => f.key === key)?.type;
  const writeClauses = (clauses, connective = state.connective) => write(buildCondition(clauses, connective, typeOf));
  const setClause = (i, patch) => writeClauses(state.clauses.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  const fieldOptions = [['', '选择字段'], ...valueFields.map((f) => [f.key, `${f.label}（${f.key}）`])];

  if (isDefault) return html`<p class="oa-muted" data-testid="condition-default">${tr('这是网关的默认路径：其他条件都不满足时走这里，不需要条件。')}</p>`;
  return html`<div class="oa-condition" data-testid="condition-builder">
    <div class="oa-tabs" role="tablist">
      <button type="button" role="tab" aria-selected=${mode === 'builder'} disabled=${body && !parsed}
        title=${body && !parsed ? tr('当前表达式无法用构建器表示') : ''} onClick=${() => setMode('builder')}>${tr('条件构建器')}</button>
      <button type="button" role="tab" aria-selected=${mode === 'raw'} data-testid="condition-raw-tab" onClick=${() => setMode('raw')}>${tr('FEEL 表达式')}</button>
    </div>
    ${mode === 'raw' ? html`<${FeelInput} value=${body} onChange=${(v) => write(v.trim())} testId="condition-feel" rows=${3} />` : html`
      ${error ? html`<p class="oa-warning">${tr('{error}（可改用 FEEL 表达式）', { error: tr(error, { formId }) })}</p>` : null}
      ${state.clauses.length > 1 ? html`<${Field} label=${'满足'}>
        <${Select} value=${state.connective} options=${[['and', '全部条件'], ['or', '任一条件']]}
          onChange=${(c) => writeClauses(state.clauses, c)} /></${Field}>` : null}
      ${state.clauses.map((c, i) => html`<div class="oa-clause" data-testid=${'clause-' + i}>
        <${Select} value=${c.field} options=${fieldOptions.some(([k]) => k === c.field) ? fieldOptions : [...fieldOptions, [c.field, c.field]]}
          testId="clause-field" onChange=${(field) => setClause(i, { field })} />
        <${Select} value=${c.op} options=${OPERATORS} testId="clause-op" onChange=${(op) => setClause(i, { op })} />
        ${c.op === 'empty' || c.op === 'notEmpty' ? null
          : html`<${Text} value=${c.value} testId="clause-value" placeholder=${'值'} onChange=${(value) => setClause(i, { value })} />`}
        <button type="button" class="oa-icon-button" title=${tr('删除')} onClick=${() => writeClauses(state.clauses.filter((_, j) => j !== i))}>×</button>
      </div>`)}
      <${NewClause} fieldOptions=${fieldOptions} onAdd=${(clause) => writeClauses([...state.clauses, clause])} />
      ${body ? html`<${Field} label=${'生成的 FEEL'}><${FeelInput} value=${body} onChange=${(v) => write(v.trim())} testId="condition-preview" rows=${2} /></${Field}>`
        : html`<p class="oa-muted">${tr('没有条件：流程总会走这条路径（或设为网关的默认路径）。')}</p>`}`}
  </div>`;
}

// A clause is only written once it has a field, so the XML never holds a half-built "= > 3".
function NewClause({ fieldOptions, onAdd }) {
  const tr = useTranslate();
  const [draft, setDraft] = useState({ field: '', op: '=', value: '' });
  const ready = draft.field && (draft.op === 'empty' || draft.op === 'notEmpty' || String(draft.value).trim() !== '');
  return html`<div class="oa-clause oa-clause-new" data-testid="clause-new">
    <${Select} value=${draft.field} options=${fieldOptions} testId="new-field" onChange=${(field) => setDraft({ ...draft, field })} />
    <${Select} value=${draft.op} options=${OPERATORS} testId="new-op" onChange=${(op) => setDraft({ ...draft, op })} />
    ${draft.op === 'empty' || draft.op === 'notEmpty' ? null
      : html`<${Text} value=${draft.value} testId="new-value" placeholder=${'值'} onChange=${(value) => setDraft({ ...draft, value })} />`}
    <button type="button" class="oa-add" data-testid="clause-add" disabled=${!ready}
      onClick=${() => { onAdd(draft); setDraft({ field: '', op: '=', value: '' }); }}>${tr('＋ 添加条件')}</button>
  </div>`;
}
