// didi module that registers the OA field types with form-js. The same module goes into the
// Viewer and the Editor (`additionalModules`) so a schema renders identically in both.
import { OaMoney } from './components/oa-money.js';
import { OaUser } from './components/oa-user.js';
import { OaDepartment } from './components/oa-department.js';
import { OaAttachments } from './components/oa-attachments.js';
import { OaSerial } from './components/oa-serial.js';
import { OaSignature } from './components/oa-signature.js';
import { OaRelatedRecord } from './components/oa-related-record.js';
import './oa-fields.css';

export const OA_FIELDS = [OaMoney, OaUser, OaDepartment, OaAttachments, OaSerial, OaSignature, OaRelatedRecord];

class OaFieldRegistration {
  constructor(formFields) {
    OA_FIELDS.forEach((component) => formFields.register(component.config.type, component));
  }
}
OaFieldRegistration.$inject = ['formFields'];

export default {
  __init__: ['oaFieldRegistration'],
  oaFieldRegistration: ['type', OaFieldRegistration],
};
