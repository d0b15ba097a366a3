// Editor properties for the OA fields ("OA 设置" group): whatever each type needs beyond the
// standard key/label/required entries listed in its `propertiesPanelEntries`.
import { CheckboxEntry, TextFieldEntry, NumberFieldEntry, isCheckboxEntryEdited, isTextFieldEntryEdited, isNumberFieldEntryEdited } from '@bpmn-io/properties-panel';
import { usePropertiesPanelService } from '@bpmn-io/form-js-editor';

// type → entries; each entry: [path, kind, label, description?]
const ENTRIES = {
  'oa-money': [['hideCapital', 'checkbox', '不显示金额大写']],
  'oa-user': [['multiple', 'checkbox', '允许多选']],
  'oa-department': [['multiple', 'checkbox', '允许多选']],
  'oa-attachments': [
    ['maxFiles', 'number', '最多文件数'],
    ['maxSize', 'number', '单个文件上限（MB）'],
    ['accept', 'text', '允许的类型', '逗号分隔，如 .pdf,.docx,image/*'],
  ],
  'oa-related-record': [
    ['ledgerKey', 'text', '台账标识', '从哪个台账选择记录'],
    ['fieldMap', 'json', '字段映射', 'JSON：{"记录字段": "表单字段 key"}'],
  ],
};

export class OaPropertiesProvider {
  constructor(propertiesPanel) {
    propertiesPanel.registerProvider(this, 500);
  }

  getGroups(field, editField) {
    return (groups) => {
      const specs = field && ENTRIES[field.type];
      if (!specs) return groups;
      const general = groups.findIndex((g) => g.id === 'general');
      groups.splice(general + 1, 0, {
        id: 'oa',
        label: 'OA 设置',
        entries: specs.map((spec) => entry(field, editField, spec)),
      });
      return groups;
    };
  }
}
OaPropertiesProvider.$inject = ['propertiesPanel'];

const KINDS = {
  checkbox: { component: CheckboxEntry, isEdited: isCheckboxEntryEdited },
  text: { component: TextFieldEntry, isEdited: isTextFieldEntryEdited },
  json: { component: TextFieldEntry, isEdited: isTextFieldEntryEdited },
  number: { component: NumberFieldEntry, isEdited: isNumberFieldEntryEdited },
};

function entry(field, editField, [path, kind, label, description]) {
  const { component, isEdited } = KINDS[kind];
  const id = `oa-${path}`;
  return {
    id,
    isEdited,
    component: () => {
      const debounce = usePropertiesPanelService('debounce');
      return component({
        id,
        element: field,
        label,
        description,
        min: kind === 'number' ? 0 : undefined,
        debounce,
        getValue: () => read(field, path, kind),
        setValue: (value) => {
          const next = write(value, kind);
          if (next !== INVALID) editField(field, [path], next);
        },
      });
    },
  };
}

function read(field, path, kind) {
  const value = field[path];
  if (kind === 'json') return value ? JSON.stringify(value) : '';
  return value;
}

const INVALID = Symbol('invalid');

// Empty inputs remove the property instead of saving "" into the schema; half-typed JSON is
// not saved at all, so the last valid mapping stays until the text parses again.
function write(value, kind) {
  if (value === '' || value === null || value === undefined) return undefined;
  if (kind === 'json') {
    try {
      return JSON.parse(value);
    } catch {
      return INVALID;
    }
  }
  return value;
}
