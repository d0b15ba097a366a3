// Moddle descriptors for the modeler: Camunda 8 `zeebe:` always, and our `oa:` approval
// extensions, which the server publishes so browser and engine read the same definition.
import zeebeModdle from 'zeebe-bpmn-moddle/resources/zeebe.json';
import { getJson } from '../shared/http.js';

export const OA_MODDLE_URL = '/api/definitions/moddle/oa.json';

// Without the oa descriptor the modeler still works; oa:* elements then round-trip as unknown
// XML, which is safer than refusing to open the designer.
export async function loadModdleExtensions(url = OA_MODDLE_URL) {
  const extensions = { zeebe: zeebeModdle };
  try {
    const oa = await getJson(url);
    if (oa && oa.prefix) extensions[oa.prefix] = oa;
  } catch (error) {
    console.warn('[oa] oa moddle descriptor not loaded; continuing without it', error);
  }
  return extensions;
}
