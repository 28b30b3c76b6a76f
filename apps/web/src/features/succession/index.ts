export { SuccessionPanel } from './succession-panel';
export { RecordSuccessionTab } from './record-tab';
export { DraftNote, SaveDraftButton } from './draft-bar';
export { REGULATION_DRAFT } from './succession.operations';
