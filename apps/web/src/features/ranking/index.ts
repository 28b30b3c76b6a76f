export { RankingPage } from './ranking-page';
// The board's review page and the scoring workspace's live preview show the same table and breakdown; the chart
// stays in its own chunk (Recharts).
export { RankingTable } from './ranking-table';
export { ScoreBreakdown } from './score-breakdown';
export { bandThresholds } from './breakdown';
export const loadRankingChart = () => import('./ranking-chart');
export { TiePanel, tiesFor } from './tie-panel';
