// The indicators a group declares in its own regulation (format 2: `indicators: [{ key, label, unit }]`), read
// from the document JSON. The one place that reads them, for the API (which keys a report may carry, what the
// importer looks for) and for the web (the rows of the report form): plain code, no Nest, no zod, no imports.
//
// The validated shape is the engine's (libs/scoring's regulation schema: keys unique, none repeating a common
// one). Until every caller holds a validated regulation, this reader is tolerant: it takes what looks like a
// declaration and skips the rest, never throws. Once the schema has `indicators`, callers holding a validated
// `Regulation` can pass it here unchanged (its `indicators` have the same fields), or this body can become
// `return regulation.indicators ?? []`.

export interface GroupIndicator {
  /** How methods and reports name the figure, e.g. "cases_resolved". */
  key: string;
  /** How members and reports name it, e.g. "Tỷ lệ việc giải quyết so với chỉ tiêu". */
  label: string;
  /** The unit its value is entered in ("%", "hồ sơ", "km"); null when the declaration gives none. */
  unit: string | null;
}

/** A key as the portal stores figures: lower case, digits, "_" (the API refuses any other). */
const KEY = /^[a-z][a-z0-9_]*$/;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.normalize('NFC').trim() : null;

/** The indicators one regulation document declares, in document order; a key declared twice counts once. */
export function declaredIndicators(document: unknown): GroupIndicator[] {
  if (!isRecord(document) || !Array.isArray(document.indicators)) return [];
  const out = new Map<string, GroupIndicator>();
  for (const entry of document.indicators) {
    if (!isRecord(entry)) continue;
    const key = typeof entry.key === 'string' ? entry.key.trim() : '';
    const label = text(entry.label);
    if (!KEY.test(key) || label === null || out.has(key)) continue;
    out.set(key, { key, label, unit: text(entry.unit) });
  }
  return [...out.values()];
}

/**
 * The indicators declared by any of several regulations (the groups one report is addressed to). A key declared
 * by two groups is one figure of the report: the first group's label and unit name it.
 */
export function declaredIndicatorsOf(documents: readonly unknown[]): GroupIndicator[] {
  const out = new Map<string, GroupIndicator>();
  for (const document of documents) {
    for (const indicator of declaredIndicators(document)) {
      if (!out.has(indicator.key)) out.set(indicator.key, indicator);
    }
  }
  return [...out.values()];
}
