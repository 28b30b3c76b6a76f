// Hostile DOCX files for tests and benchmarks, built in memory from the fixture: a ZIP bomb, XML nested deeper
// than any document, an archive of thousands of entries. Entries are written with a CRC of 0 (JSZip, inside
// mammoth, does not check it), so a bomb needs no gigabytes to build.
import { constants, deflateRawSync } from 'node:zlib';
import { readArchiveEntries, type ArchiveEntry } from '../import/docx-archive.guard';

const STORED = 0;
const DEFLATED = 8;

/** A ZIP of the given entries, `data` already in the entry's method. */
export function writeZip(entries: readonly ArchiveEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, method, data } of entries) {
    const fileName = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(0, 22); // inflated size: unknown, as a bomb would say
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(method === STORED ? data.length : 0, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += 30 + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** `docx` with its entry `name` replaced (or added). */
export function withEntry(docx: Buffer, name: string, method: number, data: Buffer): Buffer {
  const entries = readArchiveEntries(docx, 10_000).filter((e) => e.name !== name);
  return writeZip([...entries, { name, method, data }]);
}

/**
 * Raw deflate of `megabytes` MB of "<w:t>a</w:t>"-like filler, made by repeating one flushed 1 MB block: a
 * few hundred kilobytes that inflate to as much as asked.
 */
export function deflateBomb(megabytes: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(1 << 20, ' '), { finishFlush: constants.Z_SYNC_FLUSH });
  return Buffer.concat([...Array.from({ length: megabytes }, () => block), deflateRawSync(Buffer.alloc(0))]);
}

/** A DOCX whose document.xml inflates to `megabytes` MB. */
export const zipBombDocx = (docx: Buffer, megabytes: number) =>
  withEntry(docx, 'word/document.xml', DEFLATED, deflateBomb(megabytes));

/** A DOCX whose document.xml nests `depth` elements. */
export function deepXmlDocx(docx: Buffer, depth: number): Buffer {
  const xml = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${'<w:sdt><w:sdtContent>'.repeat(depth / 2)}<w:p/>${'</w:sdtContent></w:sdt>'.repeat(depth / 2)}</w:body></w:document>`;
  return withEntry(docx, 'word/document.xml', DEFLATED, deflateRawSync(Buffer.from(xml)));
}

/** A DOCX with `count` extra (empty) entries. */
export function manyEntriesDocx(docx: Buffer, count: number): Buffer {
  const extra = Array.from({ length: count }, (_, i) => ({
    name: `customXml/item${i}.bin`,
    method: STORED,
    data: Buffer.alloc(0),
  }));
  return writeZip([...readArchiveEntries(docx, 10_000), ...extra]);
}
