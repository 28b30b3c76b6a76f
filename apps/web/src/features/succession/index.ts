export { SuccessionPanel } from './succession-panel';
export { RecordSuccessionTab } from './record-tab';
