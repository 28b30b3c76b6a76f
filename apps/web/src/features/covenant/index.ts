export { CovenantPage } from './covenant-page';
export { COVENANT_SCOPE } from './covenant.operations';
