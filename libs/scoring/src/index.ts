// Public surface of @thidua/scoring: regulation validation, score checks, ranking. Pure functions over plain data.
export {
  INDICATOR_FIELD_LABELS,
  INDICATOR_FIELDS,
  INDICATOR_KEYS,
  INDICATOR_LABELS,
  type IndicatorField,
  type IndicatorKey,
} from './indicators';
export type { RegulationProblem } from './problems';
export {
  REGULATION_FORMAT,
  REGULATION_FORMATS,
  type Regulation,
  type RegulationDocument,
  type Criterion,
  type Method,
  type MethodType,
  type Deduction,
  type Award,
  type Band,
  type BonusItem,
  type Period,
  type Fact,
  type BandRule,
  type TieBreak,
  type PeriodKind,
  type FinalScoreRule,
} from './regulation.schema';
export { validateRegulation, type ValidationResult } from './regulation.validation';
export type { ScoreTarget } from './compiled-regulation';
export {
  checkScoreInput,
  checkScoreInputAs,
  isBoardScored,
  isOptionalCriterion,
  isScoreMarkWithdrawal,
  scoreTarget,
  type ScoreInput,
  type ScorerRole,
} from './score-input';
export {
  regulationIndicators,
  type IndicatorDeclaration,
  type RegulationIndicator,
} from './regulation-indicators';
export { METHODS, type MethodTraits, methodTraits } from './methods/index';
export { regulationFact, type FactInfo } from './score-input';
export { PORTAL_FACTS, type PortalFact } from './facts';
export { checkTieDecision, TIE_BODY_VI, type TieBody } from './tie-breaks';
export {
  disputedIds,
  headScoreOf,
  type ExplanationInput,
  type ExplanationRounds,
  type SecondRoundDecision,
  type TargetKindOf,
} from './explanation-round';
export { rankGroup, scoreOwn, type OwnScore } from './ranking';
export { whatIf, whatIfOwn } from './what-if';
export { RankingInputError } from './errors';
export type {
  AwardDecision,
  AwardStatus,
  ExplanationLine,
  ExplanationScore,
  IndicatorInput,
  MemberInput,
  MemberScoreInput,
  RankingEntry,
  RankingInput,
  RankingResult,
  TieDecisionInput,
  VoteInput,
} from './ranking.types';
export { daysLate } from './lateness';
export * from './succession';
