// The common shape both readers (Markdown, DOCX via HTML) produce, so one pipeline finds the structure.

export interface TextBlock {
  kind: 'heading' | 'paragraph' | 'listItem';
  /** Inline Markdown; a hard line break is "\n". */
  text: string;
  /** Heading level as written (1–6); only a hint, real reports mix levels. */
  level?: number;
  /** Inside a table cell (letterhead, signature block). */
  inTable?: boolean;
}
