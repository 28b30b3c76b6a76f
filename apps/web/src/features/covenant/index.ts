export { CovenantPage } from './covenant-page';
