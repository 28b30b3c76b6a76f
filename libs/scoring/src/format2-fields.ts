// A format 1 document keeps exactly its format 1 meaning: the criterion-level fields format 2 adds are refused in
// it (as they were before format 2 existed), each at its path, so that the author knows to write "format": 2.
type Path = readonly PropertyKey[];

const MESSAGE = 'Trường này chỉ dùng trong quy chế format 2 ("format": 2)';
const CRITERION_FIELDS = ['allowAboveMax', 'optional', 'scoredBy'] as const;

/** Problems for the format 2 criterion fields of a format 1 document (nothing for other formats). */
export function checkFormat1Fields(doc: unknown, problem: (path: Path, message: string) => void): void {
  if (!isRecord(doc) || doc.format !== 1) return;
  if (doc.indicators !== undefined) problem(['indicators'], MESSAGE);
  if (isRecord(doc.scoring) && doc.scoring.normalize !== undefined)
    problem(['scoring', 'normalize'], MESSAGE);
  const walk = (criteria: unknown, path: Path): void => {
    if (!Array.isArray(criteria)) return;
    criteria.forEach((criterion, i) => {
      if (!isRecord(criterion)) return;
      const at = [...path, i];
      for (const field of CRITERION_FIELDS)
        if (criterion[field] !== undefined) problem([...at, field], MESSAGE);
      const { method } = criterion;
      if (isRecord(method)) {
        if (method.type === 'linear') {
          problem(
            [...at, 'method', 'type'],
            'Phương pháp linear chỉ dùng trong quy chế format 2 ("format": 2)',
          );
        }
        if (method.source !== undefined) problem([...at, 'method', 'source'], MESSAGE);
        if (Array.isArray(method.bands)) {
          method.bands.forEach((band, k) => {
            if (isRecord(band) && band.gt !== undefined)
              problem([...at, 'method', 'bands', k, 'gt'], MESSAGE);
          });
        }
      }
      walk(criterion.children, [...at, 'children']);
    });
  };
  walk(doc.criteria, ['criteria']);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
