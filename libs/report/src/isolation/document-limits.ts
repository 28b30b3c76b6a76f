// What one uploaded or generated document may cost the service. Real reports are far below every figure: the
// shared fixture (18 pages) inflates to 89 KB in 16 entries, its XML 8 levels deep, and imports in about 60 ms.

export interface DocumentLimits {
  /** Wall time of one import or export in its worker thread; the thread is terminated past it. */
  timeMs: number;
  /** Heap of a worker thread (V8 old generation); past it the thread dies and the import is refused. */
  memoryMb: number;
  /** Entries of a DOCX (a ZIP): Word writes 10–40, plus one per picture. */
  zipEntries: number;
  /** Bytes one entry may inflate to, counted while inflating (the sizes a ZIP declares can lie). */
  entryBytes: number;
  /** Bytes all entries together may inflate to. */
  totalBytes: number;
  /** Element nesting of any XML part (Word: about 10, 25 with nested tables). */
  xmlDepth: number;
  /** Characters of a report's text (Markdown, or the HTML mammoth makes of a DOCX): the fixture has 21,000. */
  textChars: number;
  /** Numbers written in a report (figures, dates, document numbers): the fixture has 343. */
  numbers: number;
}

export const DEFAULT_DOCUMENT_LIMITS: DocumentLimits = {
  timeMs: 5000,
  memoryMb: 256,
  zipEntries: 1000,
  entryBytes: 8 * 1024 * 1024,
  totalBytes: 32 * 1024 * 1024,
  xmlDepth: 100,
  textChars: 2_000_000,
  numbers: 20_000,
};
