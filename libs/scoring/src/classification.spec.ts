// classify on its own: gt read in whole units, conditions on applicable leaves only.
import { classify as sut, compileBand, type ClassifyInput } from './classification';
import { compileRegulation } from './compiled-regulation';
import { pointScale } from './fixed-point';
import { FORMAT2_RULES_REGULATION } from './fixtures/format2-rules.regulation';
import { regulationOf } from './fixtures/ranking-input.fixture';
import type { ExplanationLine } from './ranking.types';

const reg = compileRegulation(regulationOf(FORMAT2_RULES_REGULATION));
const units = (points: number) => Math.round(points * 100);

/** Leaf points by id (1.1, 1.2, 1.3, 2), with some leaves marked not applicable. */
function input(points: Record<string, number>, notApplicable: string[] = []): ClassifyInput {
  const criterionPoints = reg.criteria.map((c) => units(points[c.id] ?? 0));
  const lines = reg.criteria.map(
    (c) =>
      ({
        id: c.id,
        ...(notApplicable.includes(c.id) ? { notApplicable: true } : {}),
      }) as unknown as ExplanationLine,
  );
  const total = reg.leaves.reduce((sum, leaf) => sum + criterionPoints[leaf.index], 0);
  return {
    bands: reg.bands,
    bandRules: [],
    leaves: reg.leaves,
    scale: reg.scale,
    total,
    criterionPoints,
    lines,
    facts: new Set(),
    missing: false,
    factTitle: (id) => id,
  };
}

describe('classify', () => {
  it('does not read a leaf marked not applicable in the band conditions', () => {
    // 1.3 scored 0: applicable, it stops Xuất sắc; not applicable, 30 + 20 + 0 + 45 = 95 is Xuất sắc.
    const points = { '1.1': 30, '1.2': 20, '1.3': 0, '2': 45 };
    expect(sut(input(points)).band?.label).toBe('Hoàn thành');
    expect(sut(input(points, ['1.3'])).band?.label).toBe('Hoàn thành xuất sắc');
  });

  it('reads gt as the least whole unit above the bound, at any precision', () => {
    // gt 75 at precision 2 → 75.01; at precision 0 → 76; gt 75.5 at precision 0 → 76.
    const leaves = reg.criteria;
    expect(compileBand({ label: 'X', gt: 75 }, pointScale(2), leaves).minUnits).toBe(7501);
    expect(compileBand({ label: 'X', gt: 75 }, pointScale(0), leaves).minUnits).toBe(76);
    expect(compileBand({ label: 'X', gt: 75.5 }, pointScale(0), leaves)).toMatchObject({
      minUnits: 76,
      bound: 'trên 75,5',
    });
    expect(compileBand({ label: 'X', min: 75.5 }, pointScale(0), leaves)).toMatchObject({
      minUnits: 76,
      bound: 'từ 75,5',
    });
  });

  it('rounds a leaf ratio up to whole units: 1/3 of 20 points is at least 6.67', () => {
    const band = compileBand(
      { label: 'X', min: 0, require: { minLeafRatio: 0.3333 } },
      pointScale(2),
      reg.criteria,
    );
    const leaf = reg.criterionById.get('1.2')!;
    // 0.3333 × 2000 units = 666.6 → 667.
    expect(band.require!.leafMin![leaf.index]).toBe(667);
  });
});
