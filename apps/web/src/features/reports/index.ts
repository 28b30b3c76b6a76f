export { ReportsPage } from './reports-page';
// For the year's calendar (covenant workspace): the periods and deadlines a regulation sets.
export { periodRules } from './regulation';
