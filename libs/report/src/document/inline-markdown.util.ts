// Small helpers over the inline Markdown of a block: normalising, reading as plain text, spotting bold.
import type { TextBlock } from './text-block';

/**
 * Same text whatever tool typed it (Word makes quotes curly and dots an ellipsis): NFC, ordinary spaces, “…”
 * quotes, "…", no trailing spaces, and bold runs Word splits at a line break ("**A**\n**B**") joined into one.
 */
export function normalizeInline(text: string): string {
  return text
    .normalize('NFC')
    .replace(/(?<!\*)\*\*(\s*)\*\*(?!\*)/g, '$1')
    .replace(/\u200b|\u200c|\u200d|\ufeff|\u00ad/g, '')
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    .replace(/\.\.\./g, '…')
    .replace(/"([^"\n]*)"/g, '“$1”')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** The words a reader sees: no footnote references, tags, emphasis markers or escapes; line breaks as spaces. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/<sup>[^<]*<\/sup>/gi, '')
    .replace(/<\/?[a-z][^<>]*>/gi, '')
    .replace(/\\(.)|\*+/g, (_m, escaped: string | undefined) => escaped ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

const plainTexts = new WeakMap<TextBlock, string>();

/** plainText of a block, computed once: the structure pass asks for it many times per block. */
export function plainTextOf(block: TextBlock): string {
  let plain = plainTexts.get(block);
  if (plain === undefined) {
    plain = plainText(block.text);
    plainTexts.set(block, plain);
  }
  return plain;
}

export function escapeMarkdown(text: string): string {
  return text.replace(/[\\*]/g, '\\$&');
}

/** "**…**" or "***…***" around the whole text, with no other bold inside. */
export function isFullyBold(markdown: string): boolean {
  const m = /^(\*\*\*?)([\s\S]+)\1$/.exec(markdown);
  return m !== null && !m[2].includes('**');
}

/** "**1. Kết quả…:** Dưới sự lãnh đạo…" → the bold lead and the rest. */
export function splitBoldLeadIn(markdown: string): { lead: string; rest: string } | null {
  const m = /^\*\*([^*]+?)\*\*(?!\*)\s*([\s\S]*)$/.exec(markdown);
  if (m === null || m[2].trim() === '') return null;
  return { lead: m[1].trim(), rest: m[2].trim() };
}
