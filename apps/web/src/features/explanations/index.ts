export { ExplanationsPage } from './explanations-page';
export { HeadExplanations } from './head-round';
