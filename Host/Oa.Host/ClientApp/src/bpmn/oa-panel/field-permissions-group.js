// The 字段权限 grid of a user task (inside oa:approval) or the start event (directly in extensionElements).
import { getBusinessObject, is } from 'bpmn-js/lib/util/ModelUtil';
import { html, useService, useElementTick, useTranslate } from './html.js';
import { buildFieldPermissions, findApproval, isFieldPermission, readFieldPermissions } from './approval-model.js';
import { replaceExtensions, zeebeFormId } from './extension-writer.js';
import { useFormFields } from './form-fields.js';
import { useApproval } from './approval-group.js';
import { ACCESS, effectiveAccess, setAccess, setAll } from './field-permissions.js';

export function FieldPermissionEditor({ element }) {
  return is(element, 'bpmn:StartEvent') ? html`<${StartGrid} element=${element} />` : html`<${TaskGrid} element=${element} />`;
}

function TaskGrid({ element }) {
  const { bo, settings, update } = useApproval(element);
  return html`<${Grid} formId=${zeebeFormId(bo)} explicit=${settings.fields} isStart=${false}
    onChange=${(fields) => update({ fields })} hasApproval=${Boolean(findApproval(bo))} />`;
}

function StartGrid({ element }) {
  useElementTick(element);
  const injector = useService('injector');
  const bo = getBusinessObject(element);
  const explicit = readFieldPermissions((bo.get('extensionElements')?.get('values') || []).filter(isFieldPermission));
  const write = (fields) => {
    const bpmnFactory = injector.get('bpmnFactory');
    replaceExtensions(injector, element, isFieldPermission, buildFieldPermissions((t, a) => bpmnFactory.create(t, a), fields));
  };
  return html`<${Grid} formId=${zeebeFormId(bo)} explicit=${explicit} isStart=${true} onChange=${write} hasApproval=${true} />`;
}

function Grid({ formId, explicit, isStart, onChange, hasApproval }) {
  const { fields, error, loading } = useFormFields(formId);
  const tr = useTranslate();
  if (!formId) return html`<p class="oa-muted">${tr('此节点没有关联表单：先在「表单」分组填写表单 ID（formId）。')}</p>`;
  if (loading) return html`<p class="oa-muted">${tr('正在读取表单 {formId} 的字段…', { formId })}</p>`;
  if (error) return html`<p class="oa-warning">${tr(error, { formId })}</p>`;
  const access = effectiveAccess(fields, explicit, isStart);
  const stale = explicit.filter((p) => !fields.some((f) => f.key === p.field));
  return html`<div class="oa-grid" data-testid="field-permissions">
    ${!hasApproval ? html`<p class="oa-warning">${tr('字段权限保存在审批设置中，请同时设置审批人。')}</p>` : null}
    <div class="oa-grid-bulk">${tr('全部设为')}
      ${ACCESS.map(([a, label]) => html`<button type="button" class="oa-link" onClick=${() => onChange(setAll(fields, isStart, a))}>${tr(label)}</button>`)}
    </div>
    <table>
      <thead><tr><th>${tr('字段')}</th>${ACCESS.map(([, label]) => html`<th>${tr(label)}</th>`)}</tr></thead>
      <tbody>
        ${fields.map((f) => {
          const current = access.get(f.key);
          return html`<tr data-field=${f.key} class=${current.inherited ? 'oa-inherited' : ''}>
            <td style=${`padding-left:${4 + f.depth * 12}px`} title=${f.key}>${f.label}</td>
            ${ACCESS.map(([a, label]) => html`<td><input type="radio" name=${'fp-' + f.key} aria-label=${`${f.label} ${tr(label)}`}
              value=${a} checked=${current.access === a}
              onChange=${() => onChange(setAccess(fields, explicit, isStart, f.key, a))} /></td>`)}
          </tr>`;
        })}
      </tbody>
    </table>
    <p class="oa-muted">${tr('浅色行为默认权限（{rule}，子字段随所在分组）。', { rule: tr(isStart ? '发起人默认可编辑' : '审批人默认只读') })}</p>
    ${stale.length ? html`<p class="oa-warning">${tr('表单中已没有这些字段：{fields}', { fields: stale.map((p) => p.field).join(tr('，')) })}
      <button type="button" class="oa-link" onClick=${() => onChange(explicit.filter((p) => !stale.includes(p)))}>${tr('移除')}</button></p>` : null}
  </div>`;
}
