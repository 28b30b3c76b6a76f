export { ScoringPage } from './scoring-page';
// For the member workspace: a member casts its votes for the period.
export { VotePanel } from './vote-panel';
// For the award board's workspace (format 2): the same grid, on the criteria and facts the board gives.
export { ScoreGrid, type GridMember, type SavedFact, type SavedScore } from './score-grid';
export { cellKey, rowsFor, sheetRows } from './sheet';
