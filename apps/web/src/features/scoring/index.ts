export { ScoringPage } from './scoring-page';
// For the member workspace: a member casts its votes for the period.
export { VotePanel } from './vote-panel';
