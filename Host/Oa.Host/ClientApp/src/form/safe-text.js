// The text view with its quoted form values escaped (see text-view-values.js): the template is evaluated here with
// the escaping sanitizer, and form-js' own Text renders the result (no {{ }} is left to evaluate again).
// Viewer only: the editor shows the template itself.
import { Text, useTemplateEvaluation } from '@bpmn-io/form-js-viewer';
import { html } from './components/html.js';
import { escapeQuotedValue } from './text-view-values.js';

const STRICT = { debug: true, strict: true, sanitizer: escapeQuotedValue };
const LENIENT = { debug: true, strict: false, sanitizer: escapeQuotedValue };

export function SafeText(props) {
  const { field } = props;
  const text = useTemplateEvaluation(field.text || '', field.strict ? STRICT : LENIENT);
  return html`<${Text} ...${props} field=${{ ...field, text }} />`;
}
SafeText.config = Text.config;

class SafeTextRegistration {
  constructor(formFields) {
    formFields.register('text', SafeText);
  }
}
SafeTextRegistration.$inject = ['formFields'];

export default {
  __init__: ['safeTextRegistration'],
  safeTextRegistration: ['type', SafeTextRegistration],
};
