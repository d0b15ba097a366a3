// The frame every OA field shares with the built-in form-js fields: label, body, description
// and errors with the same class names, so the form-js stylesheet lays them out alike.
import { Label, Description, Errors } from '@bpmn-io/form-js-viewer';
import { html } from './html.js';

export function fieldClasses(type, { errors = [], disabled, readonly } = {}) {
  return [
    'fjs-form-field',
    `fjs-form-field-${type}`,
    'oa-field',
    errors.length ? 'fjs-has-errors' : '',
    disabled ? 'fjs-disabled' : '',
    readonly ? 'fjs-readonly' : '',
  ].filter(Boolean).join(' ');
}

export function FieldShell({ type, props, labelFor, children }) {
  const { field, errors = [], disabled, readonly, domId } = props;
  const required = field.validate?.required;
  return html`<div class=${fieldClasses(type, { errors, disabled, readonly })}>
    <${Label} htmlFor=${labelFor === false ? undefined : domId} label=${field.label} required=${required} />
    ${children}
    <${Description} id=${`${domId}-description`} description=${field.description} />
    <${Errors} id=${`${domId}-error-message`} errors=${errors} />
  </div>`;
}

// Palette icon: a glyph in a rounded square, drawn here so we ship no image files.
export function glyphIcon(glyph) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="54" height="54" viewBox="0 0 54 54">`
    + `<rect x="7" y="7" width="40" height="40" rx="6" fill="none" stroke="#22242a" stroke-width="2.5"/>`
    + `<text x="27" y="35" font-size="20" text-anchor="middle" font-family="sans-serif" fill="#22242a">${glyph}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

// Group id the editor palette shows as "OA 组件" (see vite.config.js: form-js 1.23 has a fixed
// list of palette groups, which the build extends).
export const OA_GROUP = 'oa';

// Properties-panel entries of form-js we reuse for every OA input field.
export const BASE_ENTRIES = ['key', 'label', 'description', 'required', 'disabled', 'readonly'];
