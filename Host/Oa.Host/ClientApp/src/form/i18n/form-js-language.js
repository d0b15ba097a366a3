// The form editor and viewer in the page's language (<html lang>, as UiText sets it on the server): form-js's
// English becomes Chinese in a zh page; in an English page only this project's Chinese additions become English.
import { formFields } from '@bpmn-io/form-js-viewer';
import { OA_FIELDS } from '../oa-fields-module.js';
import { EDITOR, FIELD_NAMES, VIEWER, PATTERNS } from './form-js-zh.js';
import { OA_EDITOR_EN, OA_NAMES_EN } from './oa-en.js';
import { uiLanguage, translateLive } from './ui-text.js';
import { localiseConfigs } from './localise-fields.js';

// Editor chrome: palette, properties panel, the empty-canvas hint and the repeating-group footer in the canvas.
const EDITOR_CHROME = '.fjs-palette, .fjs-properties-container, .fjs-empty-editor, .fjs-empty-component, .fjs-repeat-render-footer, .fjs-context-pad';
// Inside the properties panel these show what the admin typed (the field's label, a list item's name).
const TYPED = '.bio-properties-panel-header-label, .bio-properties-panel-collapsible-entry-header-title';
// Viewer chrome: repeating groups, select/tag-list search, tables, the file picker.
const VIEWER_CHROME = '.fjs-repeat-render-footer, .fjs-repeat-row-remove, .fjs-input-group, .fjs-taglist, .fjs-dropdownlist-empty, .fjs-table-middle-container, .fjs-table-th, .fjs-filepicker-container';

export function editorChrome(element, text) {
  if (element.closest(TYPED)) return text.trim() === '<empty>';
  return Boolean(element.closest(EDITOR_CHROME));
}

// Call before the FormEditor is created (the palette reads the names once).
export function localiseEditor(container, lang = uiLanguage()) {
  if (lang === 'en') {
    localiseConfigs(OA_FIELDS.map((c) => c.config), OA_NAMES_EN);
    return translateLive(container, { dict: OA_EDITOR_EN, where: editorChrome });
  }
  localiseConfigs([...formFields, ...OA_FIELDS].map((c) => c.config), FIELD_NAMES);
  return translateLive(container, { dict: EDITOR, patterns: PATTERNS, where: editorChrome });
}

export function localiseViewer(container, lang = uiLanguage()) {
  if (lang === 'en') return null;
  return translateLive(container, { dict: VIEWER, patterns: PATTERNS, where: (element) => Boolean(element.closest(VIEWER_CHROME)) });
}
