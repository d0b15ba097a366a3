// A form's text view (form-js type "text") is markdown that may quote form data with {{ }}. form-js evaluates the
// template, renders the result as markdown and keeps a whitelist of HTML (img, a, headings…), so a value the
// applicant typed could become an image, a link or a heading on every reader's page. Quoted values are escaped
// before the markdown step (form-js does the same for its own html view) so they show exactly as typed: every ASCII
// punctuation mark becomes a character reference, which markdown never reads as syntax — no tag, no [link](…), no
// www. autolink, no emphasis, no new {{ }} template.
export function escapeQuotedValue(value) {
  return String(value ?? '').replace(/[!-/:-@[-`{-~]/g, (c) => `&#${c.charCodeAt(0)};`);
}
