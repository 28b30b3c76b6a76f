// Footnote bodies out of the text flow, and the sentences a page break (with its footnotes) cut in two put back.
import { isFullyBold, plainTextOf } from './inline-markdown.util';
import type { Footnote } from './report-document.model';
import type { TextBlock } from './text-block';

const REFERENCE = /(?<!^)<sup>\s*(\d{1,3})\s*<\/sup>/g;
const MARKED_BODY = /^<sup>\s*(\d{1,3})\s*<\/sup>\s*([\s\S]+)$/;
/** A DOCX saved without superscript keeps "1 Phụ lục…": a footnote only if note 1 was referenced and not yet given. */
const PLAIN_BODY = /^(\d{1,3})\s+(\S[\s\S]*)$/;

export function separateFootnotes(blocks: readonly TextBlock[]): {
  flow: TextBlock[];
  footnotes: Footnote[];
} {
  const flow: TextBlock[] = [];
  const footnotes: Footnote[] = [];
  const pending = new Set<string>();
  for (const block of blocks) {
    const body =
      block.kind === 'heading' ? null : (MARKED_BODY.exec(block.text) ?? PLAIN_BODY.exec(block.text));
    const isMarked = body !== null && block.text.startsWith('<sup>');
    if (body !== null && (isMarked || pending.has(body[1]))) {
      pending.delete(body[1]);
      footnotes.push({ label: body[1], text: body[2].trim() });
      continue;
    }
    for (const [, label] of block.text.matchAll(REFERENCE)) pending.add(label);
    flow.push(block);
  }
  return { flow, footnotes };
}

/** Words that cannot end a sentence: a paragraph ending on one was cut. */
const DANGLING_WORDS = new Set(
  (
    'của về và thuộc cho với các những được tại theo trong đến từ là có để do bởi hoặc nhưng mà đã đang sẽ gồm ' +
    'như trên dưới số ngày tháng năm đạt tăng giảm ước nghìn ngàn triệu tỷ'
  ).split(' '),
);
const CONTINUATION_START = /^(?:[\p{Ll}\d,;.:)%]|USD\b|VNĐ\b)/u;
const UNFINISHED_END = /[\p{L}\d,]$/u;
const NUMBERED_START = /^(?:[IVXLC]+|\d{1,2}|[a-zđ])[.)]\s/;

function isContinuation(previous: TextBlock, next: TextBlock): boolean {
  if (previous.kind === 'heading' || next.kind !== 'paragraph') return false;
  if (previous.inTable || next.inTable || isFullyBold(previous.text) || next.text.startsWith('*'))
    return false;
  const before = plainTextOf(previous);
  const after = plainTextOf(next);
  if (!UNFINISHED_END.test(before) || NUMBERED_START.test(after)) return false;
  const lastWord = before.split(' ').pop()?.toLowerCase() ?? '';
  return CONTINUATION_START.test(after) || DANGLING_WORDS.has(lastWord);
}

/** A paragraph spans a few pages at most; each join re-reads the joined text, so an unbounded chain is quadratic. */
const MAX_JOINED_PARTS = 8;

/**
 * Word reports converted from print cut paragraphs at page ends ("…ước 6 tháng đạt 74 triệu" / footnotes /
 * "USD, giảm 10,8%…"). A paragraph with no closing punctuation followed by one that continues it is one paragraph.
 */
export function rejoinSplitParagraphs(blocks: readonly TextBlock[]): TextBlock[] {
  const joined: TextBlock[] = [];
  let parts = 0;
  for (const block of blocks) {
    const previous = joined[joined.length - 1];
    if (previous !== undefined && parts < MAX_JOINED_PARTS && isContinuation(previous, block)) {
      joined[joined.length - 1] = { ...previous, text: `${previous.text} ${block.text}` };
      parts++;
    } else {
      joined.push(block);
      parts = 1;
    }
  }
  return joined;
}
