// Markdown → blocks: ATX headings, paragraphs, "-"/"*"/"+" list items with lazy continuation lines.
import { trimChars } from '../text/linear-text.util';
import { normalizeInline } from './inline-markdown.util';
import type { TextBlock } from './text-block';

// Every pattern is anchored or bounded: each line is read once, whatever it holds (a line of spaces, "[^[^[^…").
const HEADING_MARKER = /^(#{1,6})\s+/;
const BULLET = /^\s*[-*+•]\s+(.*)$/s;
const FOOTNOTE_DEFINITION = /^\[\^([^\]\s]{1,64})\]:\s*(.*)$/s;
const THEMATIC_BREAK = /^\s*([-*_])(\s*\1){2,}\s*$/;
/** A row of a Markdown table, "| Chỉ tiêu | ĐVT | … |": rows stay lines of one block (see table-statements.ts). */
const TABLE_ROW = /^\|.*\|$/;
const HASH = /#/;
const SPACE = /\s/;

/** Markdown footnotes ("[^1]", "[^1]: …") become the <sup> form Word reports use. */
function inline(text: string): string {
  return text.replace(/\[\^([^\]\s]{1,64})\](?!:)/g, '<sup>$1</sup>');
}

/** "## Title ##" → level 2, "Title": the closing hashes count only after a space. */
function readHeading(line: string): { level: number; text: string } | null {
  const marker = HEADING_MARKER.exec(line);
  if (marker === null) return null;
  const rest = line.slice(marker[0].length);
  const withoutHashes = trimChars(rest, null, HASH);
  const closed =
    withoutHashes.length < rest.length && SPACE.test(withoutHashes[withoutHashes.length - 1] ?? '');
  return { level: marker[1].length, text: closed ? withoutHashes.trimEnd() : rest };
}

export function readMarkdownBlocks(markdown: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  // Held in an object: TypeScript does not follow assignments made inside the helper closures.
  const open: { block: TextBlock | null } = { block: null };
  const flush = () => {
    const text = open.block === null ? '' : normalizeInline(inline(open.block.text));
    if (open.block !== null && text !== '') blocks.push({ ...open.block, text });
    open.block = null;
  };
  const start = (block: TextBlock) => {
    flush();
    open.block = block;
  };

  let hardBreak = false;
  for (const rawLine of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    // Two trailing spaces or a backslash end a line with a hard break.
    const breaksAfter = rawLine.endsWith('  ') || rawLine.endsWith('\\');
    const line = (rawLine.endsWith('\\') ? rawLine.slice(0, -1) : rawLine).trim();
    const heading = readHeading(line);
    const bullet = BULLET.exec(line);
    const footnote = FOOTNOTE_DEFINITION.exec(line);
    if (line === '' || THEMATIC_BREAK.test(line)) flush();
    else if (heading) {
      start({ kind: 'heading', ...heading });
      flush();
    } else if (footnote) start({ kind: 'paragraph', text: `<sup>${footnote[1]}</sup> ${footnote[2]}` });
    else if (bullet) start({ kind: 'listItem', text: bullet[1] });
    else if (TABLE_ROW.test(line)) {
      if (open.block?.text.startsWith('|')) open.block.text += '\n' + line;
      else start({ kind: 'paragraph', text: line });
    } else if (open.block === null) start({ kind: 'paragraph', text: line });
    else open.block.text += (hardBreak ? '\n' : ' ') + line;
    hardBreak = breaksAfter;
  }
  flush();
  return blocks;
}
