export { ScoringPage } from './scoring-page';
