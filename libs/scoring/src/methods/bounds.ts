// Band bounds: `min` (the value at least) or, in format 2, `gt` (strictly greater), listed from high to low.
import { formatVi } from '../decimal';
import { compareExact, type Exact } from '../fixed-point';
import type { Report } from './checks';
import type { Path } from './types';

export interface BoundDoc {
  min?: number;
  gt?: number;
}

/** A band's bound as read: the value and whether it must be strictly greater. */
export interface Bound {
  value: number;
  strict: boolean;
}

export function boundOf(band: BoundDoc): Bound | undefined {
  if (band.gt !== undefined) return { value: band.gt, strict: true };
  if (band.min !== undefined) return { value: band.min, strict: false };
  return undefined;
}

/** Whether a value holds for a bound: ≥ min, or > gt. */
export function holds(bound: Exact, strict: boolean, value: Exact): boolean {
  const order = compareExact(value, bound);
  return strict ? order > 0 : order >= 0;
}

/** "từ 95 trở lên" / "trên 95", as a band is read. */
export function boundVi({ value, strict }: Bound): string {
  return strict ? `trên ${formatVi(value)}` : `từ ${formatVi(value)} trở lên`;
}

/**
 * Each band has exactly one of min and gt, and they are read top-down (the first that holds applies), so each band
 * must hold for less than the one before: a lower value, or the same value as "at least" after "greater than".
 * `belowLowest` words the warning when the lowest band leaves low values out (min above 0, or any gt from 0 up).
 */
export function checkBoundsDescending(
  bands: readonly BoundDoc[],
  path: Path,
  report: Report,
  belowLowest: (bound: Bound) => string,
): void {
  let previous: Bound | undefined;
  bands.forEach((band, i) => {
    if (band.min !== undefined && band.gt !== undefined) {
      report.problem(
        [...path, i, 'gt'],
        'Mỗi mức chỉ được có một trong hai: min (từ … trở lên) hoặc gt (trên …), không cả hai',
      );
    }
    const bound = boundOf(band);
    if (!bound) {
      report.problem(
        [...path, i, 'min'],
        'Thiếu trường bắt buộc: mỗi mức cần min (từ … trở lên) hoặc gt (trên …)',
      );
      return;
    }
    if (previous && !lower(bound, previous)) {
      report.problem(
        [...path, i, bound.strict ? 'gt' : 'min'],
        previous.strict || bound.strict
          ? `Các mức phải xếp từ cao xuống thấp: mức "${boundVi(bound)}" không thấp hơn mức trước ("${boundVi(previous)}")`
          : `Các mức phải xếp theo min giảm dần: ${formatVi(bound.value)} không nhỏ hơn mức trước (${formatVi(previous.value)})`,
      );
    }
    previous = bound;
  });
  const lowest = bands.at(-1);
  const bound = lowest && boundOf(lowest);
  if (bound && (bound.strict ? bound.value >= 0 : bound.value > 0)) {
    report.warning([...path, bands.length - 1, bound.strict ? 'gt' : 'min'], belowLowest(bound));
  }
}

/** Whether a band holds for strictly fewer values than the one before it. */
function lower(bound: Bound, previous: Bound): boolean {
  if (bound.value !== previous.value) return bound.value < previous.value;
  return previous.strict && !bound.strict;
}
