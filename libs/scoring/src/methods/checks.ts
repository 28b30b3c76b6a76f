// Checks shared by methods and the regulation's own sections.
import { formatVi } from '../decimal';
import type { Path } from './types';

export interface Report {
  problem(path: Path, message: string): void;
  warning(path: Path, message: string): void;
}

/** Bands are read top-down ("the first band whose min ≤ value"), so min must strictly decrease. */
export function checkDescending(
  bands: readonly { min: number }[],
  path: Path,
  report: Report,
  belowLowest: (min: string) => string,
): void {
  bands.forEach((band, i) => {
    if (i > 0 && band.min >= bands[i - 1].min) {
      report.problem(
        [...path, i, 'min'],
        `Các mức phải xếp theo min giảm dần: ${formatVi(band.min)} không nhỏ hơn mức trước (${formatVi(bands[i - 1].min)})`,
      );
    }
  });
  const lowest = bands.at(-1);
  if (lowest && lowest.min > 0)
    report.warning([...path, bands.length - 1, 'min'], belowLowest(formatVi(lowest.min)));
}
