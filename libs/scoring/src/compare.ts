// An ordering of text that is the same on every machine: code-unit order (unlike localeCompare).
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
