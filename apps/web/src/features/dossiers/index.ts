export { DossiersPage } from './dossiers-page';
export { BoardDossiers } from './board-dossiers';
