// Island: form-js Viewer for filling and showing forms (apply, approve, view pages).
//
// <form method="post">                                   ← the Razor form (anti-forgery inside)
//   <div data-form-viewer [data-schema-id=..] [data-data-id=..] [data-errors-id=..] [data-readonly[="true"|"false"]]>
//     <script type="application/json" data-role="schema">{…form-js schema…}</script>
//     <script type="application/json" data-role="data">{…initial data…}</script>
//     <script type="application/json" data-role="errors">{"amount":"超过预算"}</script>
//   </div>
//   <button type="submit">提交</button>
// </form>
//
// On submit of the enclosing form the fields are validated in the browser; when valid their data
// is written as JSON into <input type="hidden" name="formData"> and the post goes ahead.
import { Form } from '@bpmn-io/form-js-viewer';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import '@bpmn-io/form-js-viewer/dist/assets/flatpickr/light.css';
import OaFieldsModule from '../form/oa-fields-module.js';
import ZhValidationModule from '../form/zh-validation.js';
import SafeTextModule from '../form/safe-text.js';
import { applyServerErrors } from '../form/server-errors.js';
import { afterRender } from '../form/after-render.js';
import { readJson, setHiddenInput, mountAll } from '../shared/dom.js';
import { localiseViewer } from '../form/i18n/form-js-language.js';

mountAll('[data-form-viewer]', async (host) => {
  const schema = readJson(host, { idAttr: 'data-schema-id', role: 'schema' });
  if (!schema) throw new Error('form schema missing');
  const data = readJson(host, { idAttr: 'data-data-id', role: 'data', fallback: {} });
  const serverErrors = readJson(host, { idAttr: 'data-errors-id', role: 'errors', fallback: {} });
  // Razor always writes data-* attributes, a null value as data-readonly="" (which once made every
  // instance form read-only, the returned applicant's included), so the page says "true" or "false".
  const readOnly = isReadOnly(host.getAttribute('data-readonly'));

  localiseViewer(host); // 添加 rather than "Add new" on repeating groups, and the like
  const form = new Form({
    container: host,
    properties: { readOnly },
    additionalModules: [OaFieldsModule, ZhValidationModule, SafeTextModule],
  });
  await form.importSchema(schema, data);
  host.oaForm = form; // for page scripts and end-to-end tests

  await afterRender();
  const unmatched = applyServerErrors(form, serverErrors);
  showFormLevelErrors(host, unmatched);

  const outer = host.closest('form');
  if (outer && !readOnly) wireSubmit(form, outer);
});

function isReadOnly(attribute) {
  return attribute !== null && attribute !== 'false';
}

function wireSubmit(form, outer) {
  let ownSubmit = false; // true while we call form.submit() ourselves
  let passThrough = false; // true for the one outer submit we start after form-js' own button

  const store = ({ data, errors }) => {
    if (Object.keys(errors).length) {
      focusFirstError(outer);
      return false;
    }
    setHiddenInput(outer, 'formData', JSON.stringify(data));
    return true;
  };

  outer.addEventListener('submit', (event) => {
    // form-js renders its own inner <form>; its submit event bubbles up here and is handled by
    // the form.on('submit') listener below instead.
    if (event.target !== outer) return;
    if (passThrough) {
      passThrough = false;
      return;
    }
    ownSubmit = true;
    try {
      const result = form.submit();
      // 保存草稿 (a submitter with data-draft) keeps a half-filled form: the data goes up unvalidated; so do
      // buttons marked formnovalidate (转办, 退回, 撤销 …), which move the request without deciding on the form.
      const unvalidated = event.submitter && ('draft' in event.submitter.dataset || event.submitter.formNoValidate);
      if (unvalidated) setHiddenInput(outer, 'formData', JSON.stringify(result.data));
      else if (!store(result)) event.preventDefault();
    } finally {
      ownSubmit = false;
    }
  });

  // A submit button placed in the schema (or Enter in a field) submits form-js' inner form:
  // forward it to the page's form so there is one way to post.
  form.on('submit', (result) => {
    if (ownSubmit || !store(result)) return;
    passThrough = true;
    outer.requestSubmit();
  });
}

function focusFirstError(outer) {
  const field = outer.querySelector('.fjs-has-errors input, .fjs-has-errors textarea, .fjs-has-errors select, .fjs-has-errors');
  field?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  if (field?.focus) field.focus({ preventScroll: true });
}

// Server errors whose path matches no rendered field (e.g. a rule across fields) still need to
// be seen, so they are listed above the form.
function showFormLevelErrors(host, messages) {
  if (!messages.length) return;
  const box = document.createElement('div');
  box.className = 'oa-form-errors';
  box.setAttribute('role', 'alert');
  const list = document.createElement('ul');
  messages.forEach((m) => {
    const li = document.createElement('li');
    li.textContent = m;
    list.appendChild(li);
  });
  box.appendChild(list);
  host.prepend(box);
}
