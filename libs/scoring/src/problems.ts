// A problem found in a regulation or a score input, located by a JSON path, worded for users (Vietnamese).
export interface RegulationProblem {
  path: string;
  message: string;
}

/** ["criteria", 0, "children", 2, "max"] → "criteria[0].children[2].max" */
export function formatPath(segments: readonly PropertyKey[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else path += path === '' ? String(segment) : `.${String(segment)}`;
  }
  return path;
}
