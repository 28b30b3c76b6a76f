// Blocks → the report's structure: document type and title, numbered sections, footnotes, recipients, signature.
import { rejoinSplitParagraphs, separateFootnotes } from './footnote.extractor';
import { isFullyBold, plainText, plainTextOf, splitBoldLeadIn } from './inline-markdown.util';
import type { Footnote, ReportSection, Signature } from './report-document.model';
import { parseHeading, type HeadingLabel } from './section-heading.parser';
import { trimChars } from '../text/linear-text.util';
import type { TextBlock } from './text-block';

export interface ReportStructure {
  title?: string;
  documentType?: string;
  sections: ReportSection[];
  footnotes: Footnote[];
  signature?: Signature;
  recipients: string[];
}

export const PREAMBLE_PATH = '0';
const PREAMBLE_TITLE = 'Mở đầu';
const DOCUMENT_TYPES = new Set([
  'BÁO CÁO',
  'TỜ TRÌNH',
  'BIÊN BẢN',
  'KẾ HOẠCH',
  'QUYẾT ĐỊNH',
  'THÔNG BÁO',
  'CÔNG VĂN',
  'CHƯƠNG TRÌNH',
  'GIAO ƯỚC THI ĐUA',
]);
/** The letterhead, document type and title sit in the first blocks; further down "BÁO CÁO" is body text. */
const FRONT_MATTER_REACH = 15;
const SEPARATOR_LINE = /^[-_–—=*\s]+$/;
const RECIPIENTS_HEADING = /^nơi nhận\s*:?/i;
const SIGNER_TITLE =
  /^(?:(?:KT|TM|TL|TUQ|Q)\s*\.\s*\S|(?:PHÓ )?(?:GIÁM ĐỐC|CHỦ TỊCH|TRƯỞNG BAN|CHÁNH VĂN PHÒNG|CỤM TRƯỞNG|KHỐI TRƯỞNG|THỦ TRƯỞNG)\b)/u;
const SIGNATURE_NOISE = /^\((?:đã ký|ký|ký tên|ký, ghi rõ họ tên)[^)]*\)$/i;

const isUpperCase = (text: string) => /\p{L}/u.test(text) && text === text.toUpperCase();
const linesOf = (block: TextBlock) =>
  block.text
    .split('\n')
    .map(plainText)
    .filter((l) => l !== '');

interface FrontMatter {
  documentType?: string;
  title?: string;
  bodyStart: number;
}

function findFrontMatter(flow: readonly TextBlock[]): FrontMatter {
  const typeIndex = flow
    .slice(0, FRONT_MATTER_REACH)
    .findIndex((b) => DOCUMENT_TYPES.has(plainTextOf(b).toUpperCase()));
  const isTitleLike = (b: TextBlock | undefined) =>
    b !== undefined &&
    !b.inTable &&
    (b.kind === 'heading' || isFullyBold(b.text)) &&
    parseHeading(plainTextOf(b)).label === null;
  if (typeIndex < 0) {
    return isTitleLike(flow[0]) ? { title: plainTextOf(flow[0]), bodyStart: 1 } : { bodyStart: 0 };
  }
  // The short rules drawn under the document type and the title are no text.
  const skipRules = (from: number) => {
    let i = from;
    while (i < flow.length && SEPARATOR_LINE.test(plainTextOf(flow[i]))) i++;
    return i;
  };
  const titleIndex = skipRules(typeIndex + 1);
  const documentType = plainTextOf(flow[typeIndex]).toUpperCase();
  if (!isTitleLike(flow[titleIndex])) return { documentType, bodyStart: titleIndex };
  return { documentType, title: plainTextOf(flow[titleIndex]), bodyStart: skipRules(titleIndex + 1) };
}

function startsClosing(block: TextBlock): boolean {
  const first = plainText(block.text.split('\n', 1)[0]);
  return RECIPIENTS_HEADING.test(first) || (isUpperCase(first) && SIGNER_TITLE.test(first));
}

/** Where the body ends: at "Nơi nhận" or at the signer's title, whichever comes first. */
function findBodyEnd(flow: readonly TextBlock[], bodyStart: number): number {
  const end = flow.findIndex((b, i) => i >= bodyStart && startsClosing(b));
  return end < 0 ? flow.length : end;
}

function readClosing(tail: readonly TextBlock[]): { recipients: string[]; signature?: Signature } {
  const recipients: string[] = [];
  const signatureLines: string[] = [];
  let inRecipients = false;
  for (const block of tail) {
    const lines = linesOf(block);
    if (RECIPIENTS_HEADING.test(lines[0] ?? '')) {
      inRecipients = true;
      // "Nơi nhận: - Như trên; - Lưu: VT." written in one paragraph with line breaks.
      recipients.push(...lines.slice(1).map((l) => l.replace(/^[-–+•]\s*/, '')));
    } else if (inRecipients && block.kind === 'listItem') recipients.push(lines.join(' '));
    else {
      inRecipients = false;
      signatureLines.push(...lines.filter((l) => !SIGNATURE_NOISE.test(l)));
    }
  }
  const cleaned = recipients.map((r) => trimChars(r, null, /[;.,\s]/)).filter((r) => r !== '');
  const title = signatureLines.filter(isUpperCase);
  if (title.length === 0) return { recipients: cleaned };
  const name = signatureLines.filter((l) => !isUpperCase(l)).pop() ?? null;
  return { recipients: cleaned, signature: { title: title.join('\n'), name } };
}

interface HeadingBlock {
  label: HeadingLabel | null;
  title: string;
  /** A bold lead-in's text after the heading: the first paragraph of the section. */
  lead?: TextBlock;
  /** A real heading (Markdown #, Word heading style) rather than a bold paragraph. */
  styled: boolean;
}

/** Typed without bold, "PHẦN II" or "III. CÔNG TÁC THI ĐUA" is still a heading; "1. …" may be a numbered paragraph. */
function isPlainHeading({ label, title }: ReturnType<typeof parseHeading>): boolean {
  return label?.kind === 'part' || (label?.kind === 'roman' && title.length < 200 && isUpperCase(title));
}

function asHeading(block: TextBlock): HeadingBlock | null {
  if (block.inTable || block.kind === 'listItem') return null;
  const parsed = parseHeading(plainTextOf(block));
  if (block.kind === 'heading' || isFullyBold(block.text) || isPlainHeading(parsed)) {
    return { ...parsed, styled: block.kind === 'heading' };
  }
  const leadIn = splitBoldLeadIn(block.text);
  if (leadIn === null) return null;
  const { label, title } = parseHeading(plainText(leadIn.lead));
  // "**1.** Tiếp tục…" numbers a paragraph; only "**1. Title:** text" opens a section.
  if (label === null || title === '') return null;
  return { label, title, lead: { kind: 'paragraph', text: leadIn.rest }, styled: false };
}

/** The line under "Phần I" that names it: a heading, bold, or a short upper-case line. */
function isTitleLine(block: TextBlock, heading: HeadingBlock | null): boolean {
  if (heading !== null) return true;
  const text = plainTextOf(block);
  return block.kind === 'paragraph' && !block.inTable && text.length < 200 && isUpperCase(text);
}

function renderBody(blocks: readonly TextBlock[]): string {
  return blocks
    .map((b, i) => {
      const text = b.text.replace(/\n/g, '  \n');
      const line = b.kind === 'listItem' ? `- ${text}` : text;
      if (i === 0) return line;
      return (b.kind === 'listItem' && blocks[i - 1].kind === 'listItem' ? '\n' : '\n\n') + line;
    })
    .join('');
}

interface OpenSection {
  path: string;
  title: string;
  rank: number;
  blocks: TextBlock[];
}

/** Unnumbered headings nest under whatever is open and give way to the next numbered one. */
const UNNUMBERED_RANK = 10;

function buildSections(body: readonly TextBlock[]): ReportSection[] {
  const sections: OpenSection[] = [];
  const open: OpenSection[] = [];
  /** How often each path was opened: a repeated label gets "#2", "#3"… (no other path can end in "#n"). */
  const opened = new Map<string, number>();
  const childCounts = new Map<string, number>();

  const openSection = (rank: number, segment: string | null, title: string) => {
    while (open.length > 0 && open[open.length - 1].rank >= rank) open.pop();
    const parent = open[open.length - 1]?.path ?? '';
    const ordinal = (childCounts.get(parent) ?? 0) + 1;
    childCounts.set(parent, ordinal);
    const base = (parent === '' ? '' : `${parent}.`) + (segment ?? `S${ordinal}`);
    const times = opened.get(base) ?? 0;
    const path = times === 0 ? base : `${base}#${times + 1}`;
    opened.set(base, times + 1);
    const section: OpenSection = { path, title, rank, blocks: [] };
    sections.push(section);
    open.push(section);
    return section;
  };

  let current: OpenSection | null = null;
  for (const block of body) {
    const heading = asHeading(block);
    if (heading?.label) {
      current = openSection(heading.label.rank, heading.label.segment, heading.title);
      if (heading.lead) current.blocks.push(heading.lead);
    } else if (
      current !== null &&
      current.title === '' &&
      current.blocks.length === 0 &&
      isTitleLine(block, heading)
    ) {
      current.title = heading?.title ?? plainTextOf(block); // "Phần I" followed by its title on the next line
    } else if (heading?.styled) {
      current = openSection(UNNUMBERED_RANK, null, heading.title);
    } else {
      if (current === null) {
        current = { path: PREAMBLE_PATH, title: PREAMBLE_TITLE, rank: -1, blocks: [] };
        sections.push(current);
      }
      current.blocks.push(block);
    }
  }
  return sections.map(({ path, title, blocks }) => ({ path, title, body: renderBody(blocks) }));
}

export function buildReportStructure(blocks: readonly TextBlock[]): ReportStructure {
  const separated = separateFootnotes(blocks);
  const flow = rejoinSplitParagraphs(separated.flow);
  const front = findFrontMatter(flow);
  const bodyEnd = findBodyEnd(flow, front.bodyStart);
  const closing = readClosing(flow.slice(bodyEnd));
  return {
    ...(front.title === undefined ? {} : { title: front.title }),
    ...(front.documentType === undefined ? {} : { documentType: front.documentType }),
    sections: buildSections(flow.slice(front.bodyStart, bodyEnd)),
    footnotes: separated.footnotes,
    ...(closing.signature === undefined ? {} : { signature: closing.signature }),
    recipients: closing.recipients,
  };
}
