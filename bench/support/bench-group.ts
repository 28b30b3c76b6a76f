// The group the web and live benchmarks measure: 20 members × 60 manually scored criteria (issue 9's and
// issue 12's 20 × 60 group).
import { testRegulation } from '../../test/support/tenants';

export const MEMBERS = 20;
export const PARENTS = 10;
export const CHILDREN = 6; // 10 × 6 = 60 scored criteria

/** The example regulation with 60 manually scored criteria of 2 points each. */
export function benchRegulation(code: string, year: number) {
  const base = testRegulation(code, year);
  return {
    ...base,
    criteria: Array.from({ length: PARENTS }, (_, p) => ({
      id: `${p + 1}`,
      title: `Nhóm tiêu chí ${p + 1}`,
      max: 2 * CHILDREN,
      children: Array.from({ length: CHILDREN }, (_, c) => ({
        id: `${p + 1}.${c + 1}`,
        title: `Tiêu chí ${p + 1}.${c + 1}`,
        max: 2,
        method: { type: 'manual' },
      })),
    })),
    bands: [
      { label: 'Xuất sắc', min: 110 },
      { label: 'Tốt', min: 95 },
      { label: 'Khá', min: 70 },
      { label: 'Trung bình', min: 0 },
    ],
  };
}
