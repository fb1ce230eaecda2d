export { detectRisk } from './detectRisk.js';
export { normaliseText, splitClauses } from './normalize.js';
export {
  compareRiskLevel,
  isRiskCategory,
  isRiskLevel,
  maxRiskLevel,
  minRiskLevel,
  riskCategories,
  riskLevels,
  type RiskAssessment,
  type RiskCategory,
  type RiskLevel,
  type RiskReason,
} from './types.js';
export {
  contactKinds,
  detectContactInfo,
  type ContactInfo,
  type ContactKind,
} from '../guard/index.js';
