// Replaces our oa: elements inside an element's extensionElements with one undoable command,
// leaving everything else there (zeebe:formDefinition, zeebe:taskDefinition, …) untouched.
import { getBusinessObject } from 'bpmn-js/lib/util/ModelUtil';

export function replaceExtensions(injector, element, isOurs, newValues, target) {
  const bpmnFactory = injector.get('bpmnFactory');
  const commandStack = injector.get('commandStack');
  const bo = target || getBusinessObject(element);
  let ext = bo.get('extensionElements');
  if (!ext) {
    if (newValues.length === 0) return;
    ext = bpmnFactory.create('bpmn:ExtensionElements', { values: [] });
    ext.$parent = bo;
    newValues.forEach((v) => { v.$parent = ext; });
    ext.set('values', newValues);
    commandStack.execute('element.updateModdleProperties', { element, moddleElement: bo, properties: { extensionElements: ext } });
    return;
  }
  const kept = ext.get('values').filter((v) => !isOurs(v));
  newValues.forEach((v) => { v.$parent = ext; });
  commandStack.execute('element.updateModdleProperties', { element, moddleElement: ext, properties: { values: [...kept, ...newValues] } });
}

export function zeebeFormId(bo) {
  const def = (bo.get('extensionElements')?.get('values') || []).find((v) => v.$type === 'zeebe:FormDefinition');
  return def?.get('formId') || null;
}
