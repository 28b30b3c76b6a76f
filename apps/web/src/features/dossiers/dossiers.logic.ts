// The achievement report's lists as the member edits them in a text box: one item per line.

interface Figure {
  label: string;
  value: string;
}

/** "indicator | result", one figure per line. */
export const figureLines = (figures: readonly Figure[]) =>
  figures.map((f) => `${f.label} | ${f.value}`).join('\n');

/** The figures of the text box; a line without both parts is dropped, a result may itself hold "|". */
export const readFigures = (text: string): Figure[] =>
  lines(text)
    .map((line) => {
      const at = line.indexOf('|');
      return at < 0 ? null : { label: line.slice(0, at).trim(), value: line.slice(at + 1).trim() };
    })
    .filter((f): f is Figure => Boolean(f?.label && f.value));

/** The non-empty lines, trimmed. */
export const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
