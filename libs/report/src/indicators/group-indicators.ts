// The indicators a group declares in its own regulation (format 2: `indicators: [{ key, label, unit }]`), read
// from the document JSON: plain code, no Nest, no zod, no imports.
//
// The validated shape is the engine's (libs/scoring's regulation schema: keys unique, none repeating a common
// one; `regulationIndicators(regulation)` lists them with the common ones). The API holds a validated
// `Regulation` and reads `regulation.indicators` (apps/api/src/regulations/regulations.reader.ts), then hands
// the list to the document thread. This tolerant reader is kept only where nothing but the raw JSON is at hand:
// the web's report form (the `regulation.document` the API returns) and `report:import --regulation FILE`. It
// takes what looks like a declaration and skips the rest, never throws.

export interface GroupIndicator {
  /** How methods and reports name the figure, e.g. "cases_resolved". */
  key: string;
  /** How members and reports name it, e.g. "Tỷ lệ việc giải quyết so với chỉ tiêu". */
  label: string;
  /** The unit its value is entered in ("%", "hồ sơ", "km"); null when the declaration gives none. */
  unit: string | null;
}

/** A declared key as the engine's schema accepts it (libs/scoring regulation-indicators.ts). */
const KEY = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

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
