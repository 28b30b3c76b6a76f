// Reads one file out of a ZIP (a DOCX) so tests can check the XML that mammoth does not show: page size, margins.
import { inflateEntry, readArchiveEntries } from '../import/docx-archive.guard';

export function readZipEntry(zip: Buffer, name: string): string {
  const entry = readArchiveEntries(zip, 10_000).find((e) => e.name === name);
  if (entry === undefined) throw new Error(`${name} not found in the ZIP file`);
  return inflateEntry(entry, 64 * 1024 * 1024)!.toString('utf8');
}
