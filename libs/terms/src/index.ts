// Domain terms with one definition, shared by the API, the exports and the web app. Pure TypeScript, no
// dependency: the web app imports these files as they are.
export * from './member-roles';
export * from './period-kinds';
export * from './state-titles';
export * from './submission-states';
export * from './succession';
export * from './vietnamese-date';
export * from './vietnamese-number';
