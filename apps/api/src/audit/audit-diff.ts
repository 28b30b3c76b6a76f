import { createHash } from 'node:crypto';

/** JSON characters kept of one changed value; a longer one is stored as its size, hash and start. */
export const MAX_VALUE_CHARS = 512;
/** Changed paths kept per event; the rest are counted under `MORE_KEY`. */
export const MAX_PATHS = 40;
/** Deeper than this, a changed object is one value (bounded like any other). */
const MAX_DEPTH = 4;
export const MORE_KEY = '…';

export type AuditSide = Record<string, unknown> | null;

/** A value too long to keep: enough to recognise it, not to store a megabyte of report twice. */
export function bounded(value: unknown): unknown {
  const text = JSON.stringify(value ?? null);
  if (text.length <= MAX_VALUE_CHARS) return value ?? null;
  return {
    truncated: true,
    chars: text.length,
    sha256: createHash('sha256').update(text).digest('hex'),
    start: text.slice(0, 120),
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
/** Equal JSON values, a missing key equal to null; each string compared once, not re-serialised per level. */
function same(a: unknown, b: unknown): boolean {
  if ((a ?? null) === (b ?? null)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && a.length !== (b as unknown[]).length) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  for (const key of keys) if (!same(x[key], y[key])) return false;
  return true;
}
/** As stored: dates become strings, undefined keys vanish. */
const plain = (v: unknown): unknown => (v === undefined ? null : JSON.parse(JSON.stringify(v)));

/**
 * What an event stores: for an update, only the changed paths (`content.sections.2.body`) with their old and
 * new values, each bounded, plus the `keep` fields that say what the change was about (a score's member and
 * criterion) even when unchanged; for a creation or deletion, the one side, each field bounded.
 */
export function auditDiff(
  before: unknown,
  after: unknown,
  keep: readonly string[] = [],
): { before: AuditSide; after: AuditSide } {
  const a = plain(before);
  const b = plain(after);
  if (!isRecord(a) || !isRecord(b)) return { before: side(a), after: side(b) };

  const changed: [string, unknown, unknown][] = [];
  const walk = (x: unknown, y: unknown, path: string[]) => {
    if (same(x, y)) return;
    const nested =
      path.length < MAX_DEPTH && (isRecord(x) || Array.isArray(x)) && (isRecord(y) || Array.isArray(y));
    if (!nested) {
      changed.push([path.join('.'), x ?? null, y ?? null]);
      return;
    }
    const xs = x as Record<string, unknown>;
    const ys = y as Record<string, unknown>;
    for (const key of new Set([...Object.keys(xs), ...Object.keys(ys)])) {
      // An item added or removed is a change even when its value is null.
      if (Array.isArray(xs) && Object.hasOwn(xs, key) !== Object.hasOwn(ys, key)) {
        changed.push([[...path, key].join('.'), xs[key] ?? null, ys[key] ?? null]);
      } else walk(xs[key], ys[key], [...path, key]);
    }
  };
  walk(a, b, []);

  const out = { before: {} as Record<string, unknown>, after: {} as Record<string, unknown> };
  for (const key of keep) {
    out.before[key] = bounded(a[key]);
    out.after[key] = bounded(b[key]);
  }
  for (const [path, x, y] of changed.slice(0, MAX_PATHS)) {
    out.before[path] = bounded(x);
    out.after[path] = bounded(y);
  }
  if (changed.length > MAX_PATHS) out.after[MORE_KEY] = changed.length - MAX_PATHS;
  return out;
}

function side(v: unknown): AuditSide {
  if (v === null) return null;
  if (!isRecord(v)) return { value: bounded(v) };
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, bounded(x)]));
}
