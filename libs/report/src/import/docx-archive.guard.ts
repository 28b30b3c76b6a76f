// A DOCX is a ZIP: before mammoth opens it, every entry is inflated here once, counting the bytes as they come
// (what a ZIP declares about its sizes can lie), and every XML part is checked for nesting depth. The walk is the
// one JSZip (inside mammoth) makes: end of central directory → central headers → local headers.
import { inflateRawSync } from 'node:zlib';
import type { DocumentLimits } from '../isolation/document-limits';
import { ReportImportError } from './report-import.error';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED_FLAG = 0x1;
const MAX_COMMENT = 0xffff;

const UNREADABLE = 'Không đọc được tệp Word: tệp bị hỏng hoặc không phải định dạng .docx.';
const mb = (bytes: number) => `${Math.round(bytes / 1048576)} MB`;

export interface ArchiveEntry {
  name: string;
  method: number;
  /** The entry's stored bytes (compressed when method is DEFLATED). */
  data: Buffer;
}

export type ArchiveLimits = Pick<DocumentLimits, 'zipEntries' | 'entryBytes' | 'totalBytes' | 'xmlDepth'>;

const unreadable = (detail: string) =>
  new ReportImportError('UNREADABLE', UNREADABLE, { cause: new Error(detail) });

function endOfCentralDirectory(zip: Buffer): number {
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - MAX_COMMENT); at--) {
    if (zip.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw unreadable('no end of central directory');
}

/** The entries of a ZIP as its central directory lists them; ZIP64, encrypted and multi-disk archives refused. */
export function readArchiveEntries(zip: Buffer, maxEntries: number): ArchiveEntry[] {
  if (zip.length < 22) throw unreadable('too short');
  const end = endOfCentralDirectory(zip);
  const declared = zip.readUInt16LE(end + 10);
  const directorySize = zip.readUInt32LE(end + 12);
  const directoryStart = zip.readUInt32LE(end + 16);
  if (zip.readUInt16LE(end + 4) !== 0 || declared === 0xffff || directoryStart === 0xffffffff)
    throw unreadable('ZIP64 or multi-disk archive');
  if (directoryStart + directorySize !== end) throw unreadable('central directory not where declared');
  if (declared > maxEntries) throw tooManyEntries(maxEntries);

  const entries: ArchiveEntry[] = [];
  const names = new Set<string>();
  // As JSZip does: read central headers while their signature holds, whatever the count says.
  for (let at = directoryStart; at + 46 <= zip.length && zip.readUInt32LE(at) === CENTRAL_HEADER;) {
    if (entries.length === maxEntries) throw tooManyEntries(maxEntries);
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    if (flags & ENCRYPTED_FLAG) throw unreadable('encrypted entry');
    if (method !== STORED && method !== DEFLATED) throw unreadable(`compression method ${method}`);
    if (compressedSize === 0xffffffff || local === 0xffffffff) throw unreadable('ZIP64 entry');
    if (names.has(name)) throw unreadable(`duplicate entry ${name}`);
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== LOCAL_HEADER)
      throw unreadable('bad local header');
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    if (dataStart + compressedSize > zip.length) throw unreadable('entry beyond the end of the file');
    names.add(name);
    entries.push({ name, method, data: zip.subarray(dataStart, dataStart + compressedSize) });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  if (entries.length !== declared) throw unreadable('central directory count mismatch');
  return entries;
}

const tooManyEntries = (max: number) =>
  new ReportImportError(
    'TOO_LARGE',
    `Tệp Word có quá nhiều thành phần (tối đa ${max}): hãy lưu lại tệp bằng Word hoặc bớt hình ảnh đính kèm.`,
  );

/** An entry's bytes, inflated with a ceiling: zlib stops at `maxBytes` rather than filling memory. */
export function inflateEntry(entry: ArchiveEntry, maxBytes: number): Buffer | null {
  if (entry.method === STORED) return entry.data.length > maxBytes ? null : entry.data;
  try {
    const bytes = inflateRawSync(entry.data, { maxOutputLength: maxBytes + 1 });
    return bytes.length > maxBytes ? null : bytes;
  } catch (cause) {
    if ((cause as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return null;
    throw new ReportImportError('UNREADABLE', UNREADABLE, { cause });
  }
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;

function skipPast(xml: Buffer, from: number, terminator: string): number {
  const at = xml.indexOf(terminator, from, 'latin1');
  return at < 0 ? xml.length : at + terminator.length;
}

/**
 * The deepest element nesting of an XML part, read in one pass over its bytes (comments, CDATA, processing
 * instructions and quoted attribute values skipped). A DOCTYPE is refused: Word never writes one, and it is
 * where entity expansion ("billion laughs") lives.
 */
export function xmlDepth(xml: Buffer): number {
  let depth = 0;
  let deepest = 0;
  for (let i = xml.indexOf(LT); i >= 0 && i < xml.length; i = xml.indexOf(LT, i)) {
    const next = xml[i + 1];
    if (next === QUESTION) i = skipPast(xml, i + 2, '?>');
    else if (next === BANG) {
      const head = xml.toString('latin1', i, i + 9);
      if (head.startsWith('<!--')) i = skipPast(xml, i + 4, '-->');
      else if (head === '<![CDATA[') i = skipPast(xml, i + 9, ']]>');
      else throw unreadable('DOCTYPE or markup declaration');
    } else if (next === SLASH) {
      depth--;
      i = skipPast(xml, i + 2, '>');
    } else {
      // An element's start tag: to its ">", past quoted values; "/>" closes it at once.
      let j = i + 1;
      let quote = 0;
      for (; j < xml.length; j++) {
        const c = xml[j];
        if (quote !== 0) {
          if (c === quote) quote = 0;
        } else if (c === QUOTE || c === APOSTROPHE) quote = c;
        else if (c === GT) break;
      }
      if (xml[j - 1] !== SLASH) deepest = Math.max(deepest, ++depth);
      i = j + 1;
    }
  }
  return deepest;
}

const isXml = (name: string) => /\.(?:xml|rels)$/i.test(name);

/** Refuses a DOCX over any limit, before anything is parsed; returns nothing when it is within them all. */
export function checkDocxArchive(zip: Buffer, limits: ArchiveLimits): void {
  let total = 0;
  for (const entry of readArchiveEntries(zip, limits.zipEntries)) {
    const ceiling = Math.min(limits.entryBytes, limits.totalBytes - total);
    const bytes = inflateEntry(entry, ceiling);
    if (bytes === null) {
      throw new ReportImportError(
        'TOO_LARGE',
        ceiling === limits.entryBytes
          ? `Tệp Word có thành phần “${entry.name}” giải nén vượt quá ${mb(limits.entryBytes)}: tệp không phải báo cáo thông thường.`
          : `Tệp Word giải nén vượt quá ${mb(limits.totalBytes)}: hãy bớt hình ảnh hoặc tách báo cáo.`,
      );
    }
    total += bytes.length;
    if (isXml(entry.name) && xmlDepth(bytes) > limits.xmlDepth) {
      throw new ReportImportError(
        'TOO_COMPLEX',
        `Tệp Word có cấu trúc lồng nhau quá sâu (hơn ${limits.xmlDepth} cấp) trong “${entry.name}”: hãy lưu lại tệp bằng Word.`,
      );
    }
  }
}
