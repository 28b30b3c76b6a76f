// The parts of a ranking's JSON fields the page reads: the explanation lines the worker stores
// (libs/scoring ExplanationLine) and the regulation's classification bands (REGULATION.md).

export interface ExplanationLine {
  kind: 'criterion' | 'bonus' | 'deduction';
  id: string;
  title: string;
  parentId: string | null;
  max: string | null;
  result: string;
  note: string;
  /** Format 2: the criterion does not apply to the member (the note says why). */
  notApplicable?: boolean;
  /** The explanation round: the score may still change (libs/scoring ExplanationLine.underExplanation). */
  underExplanation?: boolean;
  /** The explanation round: the first round, the member's explanation and the second round. */
  rounds?: ExplanationRounds;
}

export interface ExplanationRounds {
  first: { points: string; reason: string | null };
  explanation: string | null;
  second: { points: string; reason: string | null; kept: boolean } | null;
}

export interface Threshold {
  band: string;
  /** Points at which the band starts; `strict` when the total must exceed it (`gt`). */
  points: string;
  strict: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The explanation lines of an entry, each with its depth in the criteria tree. */
export function explanationLines(breakdown: unknown): (ExplanationLine & { depth: number })[] {
  const lines =
    isRecord(breakdown) && Array.isArray(breakdown.lines) ? (breakdown.lines as ExplanationLine[]) : [];
  const parents = new Map(lines.map((l) => [l.id, l.parentId]));
  const depth = (line: ExplanationLine) => {
    let d = 0;
    for (let p = line.parentId; p !== null && p !== undefined && d < lines.length; p = parents.get(p) ?? null)
      d++;
    return d;
  };
  return lines.map((line) => ({ ...line, depth: depth(line) }));
}

/** The classification bands above zero, high to low, as the chart draws them. */
export function bandThresholds(regulationDocument: unknown): Threshold[] {
  if (!isRecord(regulationDocument) || !Array.isArray(regulationDocument.bands)) return [];
  return regulationDocument.bands.flatMap((band: unknown) => {
    if (!isRecord(band) || typeof band.label !== 'string') return [];
    const bound = band.gt ?? band.min;
    if (typeof bound !== 'number' && typeof bound !== 'string') return [];
    if (Number(bound) <= 0) return [];
    return [{ band: band.label, points: String(bound), strict: band.gt !== undefined }];
  });
}

/** The entry's sentence on how its total and band are made (format 2 band conditions and rules are told here). */
export function breakdownSummary(breakdown: unknown): string | null {
  return isRecord(breakdown) && typeof breakdown.summary === 'string' && breakdown.summary
    ? breakdown.summary
    : null;
}

/** Format 2: the titles of the facts true for a member (entry.facts), in the order given, from the document. */
export function factTitles(regulationDocument: unknown, ids: readonly string[]): string[] {
  const facts =
    isRecord(regulationDocument) && Array.isArray(regulationDocument.facts) ? regulationDocument.facts : [];
  const titles = new Map(
    facts.flatMap((f: unknown) =>
      isRecord(f) && typeof f.id === 'string' && typeof f.title === 'string' ? [[f.id, f.title]] : [],
    ),
  );
  return ids.map((id) => titles.get(id) ?? id);
}

/** A document of format 2, whose pages show what format 1 has not (a format 1 page stays as it was). */
export const isFormat2 = (regulationDocument: unknown) =>
  isRecord(regulationDocument) && regulationDocument.format === 2;
