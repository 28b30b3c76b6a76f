// A section body (the portal's Markdown) → Word paragraphs: **bold**, *italic*, "- " items, line breaks, and
// <sup>n</sup> as a real footnote reference when the note exists.
import { FootnoteReferenceRun, Paragraph, TextRun, type ParagraphChild } from 'docx';
import { readMarkdownBlocks } from '../document/markdown-block.reader';
import { bodyParagraph, run } from './official-document.layout';

const INLINE_TOKEN = /\\(.)|(\*\*\*|\*\*|\*)|<sup>([^<\n]*)<\/sup>|(\n)|([^\\*<\n]+|<)/g;

/** Word footnote id for each footnote label used in the text. */
export type FootnoteIds = ReadonlyMap<string, number>;

/** `bold` starts the text in bold, as in a heading. */
export function inlineRuns(
  markdown: string,
  footnoteIds: FootnoteIds = new Map(),
  startBold = false,
): ParagraphChild[] {
  const runs: ParagraphChild[] = [];
  let text = '';
  let bold = startBold;
  let italics = false;
  const flush = () => {
    if (text !== '') runs.push(run(text, { bold, italics }));
    text = '';
  };
  for (const [, escaped, marker, sup, lineBreak, plain] of markdown.matchAll(INLINE_TOKEN)) {
    if (escaped !== undefined || plain !== undefined) text += escaped ?? plain;
    else {
      flush();
      if (marker !== undefined) {
        bold = marker.length >= 2 ? !bold : bold;
        italics = marker.length !== 2 ? !italics : italics;
      } else if (lineBreak !== undefined) runs.push(new TextRun({ break: 1 }));
      else {
        const id = footnoteIds.get(sup.trim());
        runs.push(id === undefined ? run(sup, { superScript: true }) : new FootnoteReferenceRun(id));
      }
    }
  }
  flush();
  return runs;
}

export function markdownParagraphs(markdown: string, footnoteIds: FootnoteIds = new Map()): Paragraph[] {
  return readMarkdownBlocks(markdown).map((block) => {
    const runs = inlineRuns(block.text, footnoteIds);
    if (block.kind === 'listItem') return bodyParagraph([run('- '), ...runs]);
    if (block.kind === 'heading') return bodyParagraph(inlineRuns(block.text, footnoteIds, true));
    return bodyParagraph(runs);
  });
}
