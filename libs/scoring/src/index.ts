// Public surface of @thidua/scoring: regulation validation, score checks, ranking. Pure functions over plain data.
export { INDICATOR_FIELDS, INDICATOR_KEYS, type IndicatorField, type IndicatorKey } from './indicators';
export type { RegulationProblem } from './problems';
export {
  REGULATION_FORMAT,
  type Regulation,
  type RegulationDocument,
  type Criterion,
  type Method,
  type MethodType,
  type Deduction,
  type Award,
  type Band,
  type TieBreak,
  type PeriodKind,
  type FinalScoreRule,
} from './regulation.schema';
export { validateRegulation, type ValidationResult } from './regulation.validation';
