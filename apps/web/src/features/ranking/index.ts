export { RankingPage } from './ranking-page';
// The board's review page shows the same table and breakdown.
export { RankingTable } from './ranking-table';
export { ScoreBreakdown } from './score-breakdown';
