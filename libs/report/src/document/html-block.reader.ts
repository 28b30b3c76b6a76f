// The HTML mammoth writes for a DOCX → blocks. Mammoth's output is small and well formed (p, h1–h6, ul/ol/li,
// table, strong, em, sup, a, br), so a few dozen lines of parsing do; no general HTML parser is needed.
import { escapeMarkdown, normalizeInline } from './inline-markdown.util';
import type { TextBlock } from './text-block';

interface HtmlElement {
  tag: string;
  attributes: Record<string, string>;
  children: HtmlNode[];
}
type HtmlNode = HtmlElement | string;

const VOID_TAGS = new Set(['br', 'img', 'hr', 'input']);
const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
/** Mammoth's note anchors: references point to "#footnote-3", notes link back to "#footnote-ref-3". */
const NOTE_TARGET = /^#((?:footnote|endnote)-(?!ref-)[\w-]+)$/;
const NOTE_BACKLINK = /^#(?:footnote|endnote)-ref-/;
const LIST_MARKER = /^[-–+•]\s+/;

function decode(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (entity, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { tag: '#root', attributes: {}, children: [] };
  const stack = [root];
  for (const [, closing, rawTag, rawAttributes, selfClosing, text] of html.matchAll(TOKEN)) {
    const top = stack[stack.length - 1];
    if (text !== undefined) top.children.push(decode(text));
    else if (rawTag === undefined)
      continue; // comment
    else if (closing) {
      const tag = rawTag.toLowerCase();
      let index = stack.length - 1;
      while (index > 0 && stack[index].tag !== tag) index--;
      if (index > 0) stack.length = index;
    } else {
      const attributes: Record<string, string> = {};
      for (const [, name, value] of rawAttributes.matchAll(/([^\s=]+)(?:="([^"]*)")?/g)) {
        attributes[name.toLowerCase()] = decode(value ?? '');
      }
      const element: HtmlElement = { tag: rawTag.toLowerCase(), attributes, children: [] };
      top.children.push(element);
      if (!selfClosing && !VOID_TAGS.has(element.tag)) stack.push(element);
    }
  }
  return root;
}

/** Whitespace stays outside the markers: "<strong>Thuận lợi: </strong>" → "**Thuận lợi:** ". */
function emphasize(inner: string, marker: string): string {
  const content = inner.trim();
  if (content === '') return inner;
  const before = inner.slice(0, inner.length - inner.trimStart().length);
  return `${before}${marker}${content}${marker}${inner.slice(inner.trimEnd().length)}`;
}

const textOf = (node: HtmlNode): string =>
  typeof node === 'string' ? node : node.children.map(textOf).join('');

class HtmlBlockReader {
  readonly blocks: TextBlock[] = [];
  /** Mammoth numbers note references "[1]", "[2]"… in reading order; the notes carry Word's own ids. */
  private readonly noteLabels = new Map<string, string>();

  readContainer(element: HtmlElement, inTable: boolean): void {
    for (const child of element.children) {
      if (typeof child === 'string') this.push('paragraph', this.inline(child), inTable);
      else if (/^h[1-6]$/.test(child.tag))
        this.push('heading', this.inline(child), inTable, Number(child.tag[1]));
      else if (child.tag === 'p') this.push('paragraph', this.inline(child), inTable);
      else if (child.tag === 'ul' || child.tag === 'ol') this.readList(child, inTable);
      else if (child.tag === 'table' && this.readDataTable(child)) continue;
      else if (child.tag === 'td' || child.tag === 'th') this.readContainer(child, true);
      else if (child.tag !== 'dl') this.readContainer(child, inTable); // dl: Word comments, not report text
    }
  }

  /** A table of figures stays a table: a Markdown table block, whose rows the indicator reader reads. */
  private readDataTable(table: HtmlElement): boolean {
    const rows = rowsOf(table);
    if (!isDataTable(rows)) return false;
    const columns = Math.max(...rows.map((r) => r.length));
    const line = (cells: string[]) =>
      `| ${Array.from({ length: columns }, (_, c) => (cells[c] ?? '').replace(/\|/g, '\\|')).join(' | ')} |`;
    const [header, ...body] = rows;
    const separator = `|${' --- |'.repeat(columns)}`;
    this.blocks.push({ kind: 'paragraph', text: [line(header), separator, ...body.map(line)].join('\n') });
    return true;
  }

  private readList(list: HtmlElement, inTable: boolean): void {
    for (const item of list.children) {
      if (typeof item === 'string' || item.tag !== 'li') continue;
      const noteId = /^(?:footnote|endnote)-/.test(item.attributes.id ?? '') ? item.attributes.id : null;
      const nested = item.children.filter(
        (c): c is HtmlElement => typeof c !== 'string' && /^[ou]l$/.test(c.tag),
      );
      const sublists = new Set<HtmlNode>(nested);
      const own = item.children.filter((c) => !sublists.has(c));
      const text = own.map((c) => this.inline(c)).join('');
      if (noteId === null) this.push('listItem', text, inTable);
      else this.push('paragraph', `<sup>${this.noteLabels.get(noteId) ?? noteId}</sup> ${text}`, inTable);
      for (const sublist of nested) this.readList(sublist, inTable);
    }
  }

  private push(kind: TextBlock['kind'], rawText: string, inTable: boolean, level?: number): void {
    let text = normalizeInline(rawText);
    if (text === '') return;
    // Word authors type their bullets: "- Bộ Công Thương;" is a list item.
    if (kind === 'paragraph' && LIST_MARKER.test(text)) {
      kind = 'listItem';
      text = text.replace(LIST_MARKER, '');
    }
    this.blocks.push({
      kind,
      text,
      ...(level === undefined ? {} : { level }),
      ...(inTable ? { inTable } : {}),
    });
  }

  private inline(node: HtmlNode): string {
    if (typeof node === 'string') return escapeMarkdown(node);
    const inner = () => node.children.map((c) => this.inline(c)).join('');
    switch (node.tag) {
      case 'strong':
      case 'b':
        return emphasize(inner(), '**');
      case 'em':
      case 'i':
        return emphasize(inner(), '*');
      case 'br':
        return '\n';
      case 'img':
        return '';
      case 'sup':
        return `<sup>${this.noteReference(node) ?? textOf(node).trim()}</sup>`;
      case 'a':
        return NOTE_BACKLINK.test(node.attributes.href ?? '') ? '' : inner();
      case 'p':
        return `${inner()} `;
      default:
        return inner();
    }
  }

  private noteReference(sup: HtmlElement): string | null {
    const anchor = sup.children.find((c): c is HtmlElement => typeof c !== 'string' && c.tag === 'a');
    const target = NOTE_TARGET.exec(anchor?.attributes.href ?? '');
    if (anchor === undefined || target === null) return null;
    const label = textOf(anchor).replace(/[[\]]/g, '').trim();
    if (!this.noteLabels.has(target[1])) this.noteLabels.set(target[1], label);
    return this.noteLabels.get(target[1]) ?? label;
  }
}

const cellText = (cell: HtmlElement) => escapeMarkdown(textOf(cell)).replace(/\s+/g, ' ').trim();

/** Columns a cell spans; Word tables have at most 63 columns, a hostile file may say a billion. */
const spanOf = (cell: HtmlElement) => Math.min(63, Math.max(1, Number(cell.attributes.colspan) || 1));

/** A table's rows as cell texts (a cell spanning columns repeats its text, so columns stay aligned). */
function rowsOf(table: HtmlElement): string[][] {
  const rows: HtmlElement[] = [];
  const collect = (node: HtmlElement) => {
    for (const child of node.children) {
      if (typeof child === 'string') continue;
      if (child.tag === 'tr') rows.push(child);
      else if (child.tag === 'thead' || child.tag === 'tbody' || child.tag === 'tfoot') collect(child);
    }
  };
  collect(table);
  return rows.map((row) =>
    row.children
      .filter((c): c is HtmlElement => typeof c !== 'string' && (c.tag === 'td' || c.tag === 'th'))
      .flatMap((cell) => Array<string>(spanOf(cell)).fill(cellText(cell))),
  );
}

/** Figures in columns under a header row; a letterhead or signature table (no cell just a number) is not one. */
function isDataTable(rows: string[][]): boolean {
  return (
    rows.length >= 2 &&
    rows[0].length >= 3 &&
    rows.slice(1).some((row) => row.some((cell) => /^[-+−]?\d[\d.,]*\s*%?$/.test(cell)))
  );
}

export function readHtmlBlocks(html: string): TextBlock[] {
  const reader = new HtmlBlockReader();
  reader.readContainer(parseHtml(html), false);
  return reader.blocks;
}
