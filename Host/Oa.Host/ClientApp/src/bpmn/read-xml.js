// BPMN XML comes from `data-xml-id` (id of a <script type="application/xml">) or a child
// <script type="application/xml" data-role="xml">. A script block keeps the XML out of the
// HTML parser; Razor must still encode "</script" inside it (the HTML encoder does).
export function readXml(host) {
  const id = host.getAttribute('data-xml-id');
  const source = (id && document.getElementById(id))
    || host.querySelector(':scope > script[data-role="xml"]');
  return source ? source.textContent.trim() : '';
}
