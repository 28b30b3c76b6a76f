export const API_METRICS = Symbol('API_METRICS');
export const GRAPHQL_METRICS = Symbol('GRAPHQL_METRICS');
