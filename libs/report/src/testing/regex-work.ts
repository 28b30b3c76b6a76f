// Counts the characters regular expressions read while `run` runs: each exec from where it starts to the end
// of its match (or of the input, when it fails). Deterministic, unlike time: a test compares the count for
// inputs of growing size, and the count of a pipeline that re-reads text grows faster than the text.
// (Backtracking inside one exec is not seen; the inputs that caused it are also imported whole, in tests.)
export function regexWork(run: () => void): number {
  const exec = RegExp.prototype.exec;
  let work = 0;
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const match = exec.call(this, input);
    if (this.sticky) work += match === null ? 1 : match[0].length;
    else work += match === null ? input.length - from : match.index + match[0].length - from;
    return match;
  };
  try {
    run();
  } finally {
    RegExp.prototype.exec = exec;
  }
  return work;
}
