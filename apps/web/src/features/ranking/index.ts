export { RankingPage } from './ranking-page';
// For the scoring workspace's live preview; the chart stays in its own chunk (Recharts).
export { RankingTable } from './ranking-table';
export { ScoreBreakdown } from './score-breakdown';
export { bandThresholds } from './breakdown';
export const loadRankingChart = () => import('./ranking-chart');
