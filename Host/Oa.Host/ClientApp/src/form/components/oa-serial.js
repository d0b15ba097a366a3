// 流水号: assigned by the server when the instance is submitted (e.g. HT-2026-0001), so the
// browser only shows it; until then it says so instead of showing an empty box.
import { html } from './html.js';
import { FieldShell, glyphIcon, OA_GROUP } from './field-shell.js';

export const type = 'oa-serial';

export function OaSerial(props) {
  const { value, domId } = props;
  return html`<${FieldShell} type=${type} props=${props}>
    <div class="fjs-input oa-serial" id=${domId} role="textbox" aria-readonly="true">
      ${value ? value : html`<span class="oa-placeholder">提交后自动生成</span>`}
    </div>
  </${FieldShell}>`;
}

OaSerial.config = {
  type,
  keyed: true,
  name: '流水号',
  label: '流水号',
  group: OA_GROUP,
  iconUrl: glyphIcon('#'),
  emptyValue: null,
  sanitizeValue: ({ value }) => (value === null || value === undefined ? null : String(value)),
  create: (options = {}) => ({ label: '流水号', ...options }),
  propertiesPanelEntries: ['key', 'label', 'description'],
};
