export {
  contactKinds,
  detectContactInfo,
  type ContactInfo,
  type ContactKind,
} from './contactInfo.js';
