// Markdown → blocks: ATX headings, paragraphs, "-"/"*"/"+" list items with lazy continuation lines.
import { normalizeInline } from './inline-markdown.util';
import type { TextBlock } from './text-block';

const HEADING = /^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const BULLET = /^\s*[-*+•]\s+(.*)$/;
const FOOTNOTE_DEFINITION = /^\[\^([^\]\s]+)\]:\s*(.*)$/;
const THEMATIC_BREAK = /^\s*([-*_])(\s*\1){2,}\s*$/;

/** Markdown footnotes ("[^1]", "[^1]: …") become the <sup> form Word reports use. */
function inline(text: string): string {
  return text.replace(/\[\^([^\]\s]+)\](?!:)/g, '<sup>$1</sup>');
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
    const breaksAfter = /( {2,}|\\)$/.test(rawLine);
    const line = rawLine.replace(/( {2,}|\\)$/, '').trim();
    const heading = HEADING.exec(line);
    const bullet = BULLET.exec(line);
    const footnote = FOOTNOTE_DEFINITION.exec(line);
    if (line === '' || THEMATIC_BREAK.test(line)) flush();
    else if (heading) {
      start({ kind: 'heading', level: heading[1].length, text: heading[2] });
      flush();
    } else if (footnote) start({ kind: 'paragraph', text: `<sup>${footnote[1]}</sup> ${footnote[2]}` });
    else if (bullet) start({ kind: 'listItem', text: bullet[1] });
    else if (open.block === null) start({ kind: 'paragraph', text: line });
    else open.block.text += (hardBreak ? '\n' : ' ') + line;
    hardBreak = breaksAfter;
  }
  flush();
  return blocks;
}
