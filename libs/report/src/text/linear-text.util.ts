// Text helpers that stay linear where the obvious regular expression does not: V8 backtracks, so `/[\s:.]+$/`
// retries from every character of a long run and `/( {2,})$/` on a line of spaces is quadratic.

/** `text` without the leading characters `leading` matches and the trailing ones `trailing` matches. */
export function trimChars(text: string, leading: RegExp | null, trailing: RegExp | null): string {
  let start = 0;
  let end = text.length;
  while (leading !== null && start < end && leading.test(text[start])) start++;
  while (trailing !== null && end > start && trailing.test(text[end - 1])) end--;
  return text.slice(start, end);
}

/** Index of the first element of `sorted` (ascending by `key`) whose key is at least `value`. */
export function firstAtOrAfter<T>(sorted: readonly T[], value: number, key: (item: T) => number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (key(sorted[middle]) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
