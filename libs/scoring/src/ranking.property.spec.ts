// Properties of rankGroup over random valid regulations and random (sometimes invalid) member data.
import fc from 'fast-check';
import { quotaSize } from './awards';
import { compileRegulation } from './compiled-regulation';
import { Decimal } from './decimal';
import { INDICATOR_FIELDS, INDICATOR_KEYS } from './indicators';
import { rankGroup } from './ranking';
import { scoreTarget } from './score-input';
import type { MemberInput, MemberScoreInput, RankingEntry, RankingInput, VoteInput } from './ranking.types';
import type { Regulation, RegulationDocument } from './regulation.schema';
import { validateRegulation } from './regulation.validation';

type CriterionDoc = RegulationDocument['criteria'][number];
type MethodDoc = NonNullable<CriterionDoc['method']>;

const DEADLINE = '2023-11-20T17:00:00+07:00';
const DEADLINE_MS = Date.parse(DEADLINE);

/** k units of 10^-precision, as a JSON number (division gives the nearest double, printed as the decimal). */
const unitsArb = (precision: number, min: number, max: number) =>
  fc.integer({ min, max }).map((k) => k / 10 ** precision);

const indicatorArb = fc.record({
  indicator: fc.constantFrom(...INDICATOR_KEYS),
  field: fc.constantFrom(...INDICATOR_FIELDS),
});

function methodArb(precision: number, max: number): fc.Arbitrary<MethodDoc> {
  const points = unitsArb(precision, 0, max * 10 ** precision);
  return fc.oneof(
    fc.constant<MethodDoc>({ type: 'manual' }),
    fc.constant<MethodDoc>({ type: 'pass_fail' }),
    unitsArb(precision, 1, max * 10 ** precision).map((each): MethodDoc => ({
      type: 'per_item',
      points: each,
    })),
    fc
      .tuple(indicatorArb, fc.constantFrom(100, 50, 3, 0.5))
      .map(([ref, target]): MethodDoc => ({ type: 'rate', ...ref, target })),
    fc
      .tuple(indicatorArb, fc.constantFrom(100, 10, 3))
      .map(([ref, target]): MethodDoc => ({ type: 'relative_to_leader', ...ref, target })),
    fc
      .tuple(indicatorArb, fc.uniqueArray(fc.integer({ min: -10, max: 120 }), { minLength: 1, maxLength: 4 }))
      .chain(([ref, mins]) =>
        fc.array(points, { minLength: mins.length, maxLength: mins.length }).map((bandPoints): MethodDoc => ({
          type: 'bands',
          ...ref,
          bands: [...mins].sort((a, b) => b - a).map((min, i) => ({ min, points: bandPoints[i] })),
        })),
      ),
  );
}

function criterionArb(precision: number, id: string, depth: number): fc.Arbitrary<CriterionDoc> {
  const leaf = fc
    .integer({ min: 1, max: 30 })
    .chain((max) =>
      methodArb(precision, max).map((method) => ({ id, title: `Tiêu chí ${id}`, max, method })),
    );
  if (depth >= 2) return leaf;
  const parent = fc
    .integer({ min: 1, max: 3 })
    .chain((n) =>
      fc.tuple(...Array.from({ length: n }, (_, i) => criterionArb(precision, `${id}.${i + 1}`, depth + 1))),
    )
    .chain((children) =>
      fc.integer({ min: 0, max: 5 }).map((extra) => ({
        id,
        title: `Tiêu chí ${id}`,
        max: children.reduce((sum, c) => sum + c.max, 0) + extra,
        children,
      })),
    );
  return fc.oneof(leaf, parent);
}

const regulationArb: fc.Arbitrary<Regulation> = fc
  .record({
    precision: fc.integer({ min: 0, max: 2 }),
    final: fc.constantFrom('HEAD' as const, 'CROSS_MEAN' as const, 'CROSS_TRIMMED_MEAN' as const),
    roots: fc.integer({ min: 1, max: 4 }),
    voting: fc.boolean(),
  })
  .chain(({ precision, final, roots, voting }) =>
    fc
      .record({
        criteria: fc.tuple(
          ...Array.from({ length: roots }, (_, i) => criterionArb(precision, String(i + 1), 0)),
        ),
        bonus: fc.option(
          fc.integer({ min: 1, max: 20 }).chain((max) =>
            fc.array(fc.integer({ min: 1, max }), { maxLength: 3 }).map((items) => ({
              max,
              items: items.map((points, i) => ({ id: `B${i + 1}`, title: `Thưởng ${i + 1}`, points })),
            })),
          ),
          { nil: undefined },
        ),
        deductions: fc.subarray([
          { id: 'D1', title: 'Chậm', kind: 'late' as const, pointsPerDay: 1, max: 5 },
          { id: 'D2', title: 'Không nộp', kind: 'missing' as const, points: 10 },
          { id: 'D3', title: 'Vi phạm', kind: 'manual' as const, max: 10 },
        ]),
        bandMins: fc.uniqueArray(fc.integer({ min: 0, max: 100 }), { maxLength: 4 }),
        threshold: fc.constantFrom(0.5, 0.8, 1),
        selfVote: fc.boolean(),
        tieBreakPicks: fc.subarray(['criterion', 'bonus', 'submittedAt', 'vote'] as const),
        awardSpecs: fc.array(
          fc.record({
            quota: fc.oneof(
              fc.integer({ min: 1, max: 3 }).map((count) => ({ count })),
              fc
                .tuple(
                  fc.integer({ min: 10, max: 100 }),
                  fc.constantFrom('floor' as const, 'round' as const, 'ceil' as const),
                )
                .map(([percent, rounding]) => ({ percent, rounding })),
            ),
            maxRank: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
            minTotal: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
            useMinBand: fc.boolean(),
            requiresVote: fc.boolean(),
            excludesPrevious: fc.boolean(),
          }),
          { maxLength: 3 },
        ),
      })
      .map((parts): RegulationDocument => {
        const reachable = parts.criteria.reduce((total, c) => total + c.max, 0) + (parts.bonus?.max ?? 0);
        const bands = [...parts.bandMins]
          .sort((a, b) => b - a)
          .map((min, i) => ({ label: `Loại ${i + 1}`, min }));
        const awards = parts.awardSpecs.map((spec, i) => ({
          id: `A${i + 1}`,
          title: `Danh hiệu ${i + 1}`,
          quota: spec.quota,
          eligibility: {
            maxRank: spec.maxRank,
            minTotal: spec.minTotal === undefined ? undefined : Math.min(spec.minTotal, reachable),
            minBand: spec.useMinBand && bands.length > 0 ? bands[bands.length - 1].label : undefined,
            requiresVote: voting && spec.requiresVote,
          },
          excludes: spec.excludesPrevious && i > 0 ? [`A${i}`] : [],
        }));
        return {
          format: 1,
          group: 'PROP',
          year: 2023,
          title: 'Quy chế sinh ngẫu nhiên',
          decision: { number: '1/QĐ', date: '2023-01-10' },
          periods: [{ kind: 'FY', deadline: DEADLINE }],
          scoring: { final, precision },
          criteria: parts.criteria,
          bonus: parts.bonus,
          deductions: parts.deductions,
          bands,
          tieBreaks: parts.tieBreakPicks
            .filter((pick) => pick !== 'vote' || voting)
            .map((pick) => (pick === 'criterion' ? { type: pick, id: '1' } : { type: pick })),
          voting: {
            enabled: voting,
            threshold: parts.threshold,
            base: 'ALL_MEMBERS',
            selfVote: parts.selfVote,
          },
          awards,
        };
      }),
  )
  .map((doc) => {
    const result = validateRegulation(doc);
    if (!result.ok) throw new Error(`generated regulation is invalid: ${JSON.stringify(result.problems)}`);
    return result.regulation;
  });

/** A plausible score for a target: usually valid, sometimes out of range so that it is left out. */
function pointsArb(
  regulation: Regulation,
  id: string,
): fc.Arbitrary<{ points: string; count: number | null }> {
  const target = scoreTarget(regulation, id)!;
  const unit = new Decimal(10).pow(-regulation.scoring.precision);
  const max = new Decimal(target.max);
  const invalid = fc.constant({ points: max.plus(1).toFixed(), count: null });
  let valid: fc.Arbitrary<{ points: string; count: number | null }>;
  if (target.requiresCount) {
    const each = new Decimal(target.pointsEach!);
    valid = fc
      .integer({ min: 0, max: 8 })
      .map((count) => ({ points: Decimal.min(each.times(count), max).toFixed(), count }));
  } else if (target.allowedPoints) {
    valid = fc.constantFrom(...target.allowedPoints.map((points) => ({ points, count: null })));
  } else {
    valid = fc
      .integer({ min: 0, max: max.div(unit).toNumber() })
      .map((k) => ({ points: unit.times(k).toFixed(), count: null }));
  }
  return fc.oneof({ arbitrary: valid, weight: 9 }, { arbitrary: invalid, weight: 1 });
}

const figureArb = fc.oneof(
  { arbitrary: fc.constant<string | null>(null), weight: 1 },
  { arbitrary: fc.constant<string | null>('n/a'), weight: 1 },
  {
    arbitrary: fc.integer({ min: -2000, max: 15000 }).map((k) => new Decimal(k).div(100).toFixed()),
    weight: 8,
  },
);

const inputArb: fc.Arbitrary<RankingInput> = regulationArb.chain((regulation) => {
  const targetIds = [...compileRegulation(regulation).targets.keys()];
  return fc.integer({ min: 1, max: 7 }).chain((n) => {
    const ids = Array.from({ length: n }, (_, i) => `m${i}`);
    const memberArb = (memberId: string): fc.Arbitrary<MemberInput> =>
      fc.record({
        memberId: fc.constant(memberId),
        submittedAt: fc.option(
          fc
            .integer({ min: -3 * 86400, max: 10 * 86400 })
            .map((s) => new Date(DEADLINE_MS + s * 1000).toISOString()),
          { nil: null },
        ),
        indicators: fc.dictionary(
          fc.constantFrom(...INDICATOR_KEYS),
          fc.record({ value: figureArb, percentOfPlan: figureArb, changeVsSamePeriodPercent: figureArb }),
        ),
        selfScores: fc
          .subarray(targetIds)
          .chain((chosen) =>
            fc.tuple(...chosen.map((id) => pointsArb(regulation, id).map((p) => [id, p] as const))),
          )
          .map((pairs) => Object.fromEntries(pairs)),
        scores: fc
          .array(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...targetIds)), { maxLength: 12 })
          .chain((picks) =>
            fc.tuple(
              ...picks.map(([scorerId, criterionId]) =>
                fc
                  .tuple(
                    pointsArb(regulation, criterionId),
                    fc.option(fc.constant('Điều chỉnh theo số liệu thẩm định'), { nil: null }),
                  )
                  .map(([p, reason]): MemberScoreInput => ({ scorerId, criterionId, ...p, reason })),
              ),
            ),
          ),
      });
    const awardIds = regulation.awards.map((a) => a.id);
    const votesArb: fc.Arbitrary<VoteInput[]> =
      awardIds.length === 0
        ? fc.constant([])
        : fc.array(
            fc.record({
              voterId: fc.constantFrom(...ids),
              awardId: fc.constantFrom(...awardIds),
              candidateId: fc.constantFrom(...ids),
            }),
            { maxLength: 3 * n },
          );
    return fc.record({
      regulation: fc.constant(regulation),
      periodKind: fc.constant('FY' as const),
      computedAt: fc.constantFrom('2023-11-20T12:00:00+07:00', '2023-12-01T12:00:00+07:00'),
      headId: fc.option(fc.constantFrom(...ids), { nil: null }),
      // Twins (a copy of the first member's data) make ties, and quota boundaries between tied members, common.
      members: fc
        .tuple(fc.tuple(...ids.map(memberArb)), fc.integer({ min: 0, max: n - 1 }))
        .map(([members, twins]) =>
          members.map((m, i) => (i <= twins ? { ...members[0], memberId: m.memberId } : m)),
        ),
      votes: votesArb,
    });
  });
});

const RUNS = { numRuns: 100 };
const sum = (values: string[]) => values.reduce((acc, v) => acc.plus(v), new Decimal(0));

/** Shuffles every list and every record's keys of the input, with a seeded permutation. */
function shuffled(input: RankingInput, seed: number): RankingInput {
  let state = seed >>> 0 || 1;
  const random = () => ((state = (state * 1103515245 + 12345) >>> 0) % 1000003) / 1000003;
  const shuffle = <T>(items: T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  };
  const shuffleKeys = <T>(record: Record<string, T>) => Object.fromEntries(shuffle(Object.entries(record)));
  return {
    ...input,
    members: shuffle(input.members).map((m) => ({
      ...m,
      indicators: shuffleKeys(m.indicators),
      selfScores: shuffleKeys(m.selfScores),
      scores: shuffle(m.scores),
    })),
    votes: shuffle(input.votes ?? []),
  };
}

function children(entry: RankingEntry, parentId: string | null) {
  return entry.breakdown.filter((l) => l.kind === 'criterion' && l.parentId === parentId);
}

describe('rankGroup properties', () => {
  it('gives the same ranking whatever the order of the inputs', () => {
    fc.assert(
      fc.property(inputArb, fc.integer(), (input, seed) => {
        expect(rankGroup(shuffled(input, seed))).toEqual(rankGroup(input));
      }),
      RUNS,
    );
  });

  it('never exceeds a quota', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { entries } = rankGroup(input);
        for (const award of input.regulation.awards) {
          const proposed = entries.filter((e) => e.proposals.includes(award.id)).length;
          expect(proposed).toBeLessThanOrEqual(quotaSize(award, input.members.length));
        }
      }),
      RUNS,
    );
  });

  it('makes every total the sum of its breakdown', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const bonusMax = input.regulation.bonus?.max;
        for (const entry of rankGroup(input).entries) {
          const lines = entry.breakdown;
          const criteria = sum(children(entry, null).map((l) => l.result));
          const granted = sum(lines.filter((l) => l.kind === 'bonus').map((l) => l.result));
          const bonus = bonusMax === undefined ? granted : Decimal.min(granted, bonusMax);
          const deductions = sum(lines.filter((l) => l.kind === 'deduction').map((l) => l.result));
          expect(entry.criteriaPoints).toBe(criteria.toFixed());
          expect(entry.bonusPoints).toBe(bonus.toFixed());
          expect(entry.deductionPoints).toBe(deductions.toFixed());
          expect(entry.total).toBe(Decimal.max(criteria.plus(bonus).minus(deductions), 0).toFixed());
          for (const parent of lines.filter((l) => l.method === 'sum')) {
            const own = sum(children(entry, parent.id).map((l) => l.result));
            expect(parent.result).toBe(Decimal.min(own, parent.max!).toFixed());
          }
        }
      }),
      RUNS,
    );
  });

  it('never ranks a higher total below a lower one, and shares ranks as 1, 1, 3', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { entries } = rankGroup(input);
        entries.forEach((entry, i) => {
          const firstOfRank = entries.findIndex((e) => e.rank === entry.rank);
          expect(entry.rank).toBe(firstOfRank + 1);
          for (const other of entries) {
            if (new Decimal(entry.total).gt(other.total)) expect(entry.rank).toBeLessThan(other.rank);
          }
          if (i > 0) expect(entry.rank).toBeGreaterThanOrEqual(entries[i - 1].rank);
        });
      }),
      RUNS,
    );
  });

  it('keeps every total within 0 and the scale plus the bonus cap, and every line within its maximum', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { criteria, bonus } = input.regulation;
        const ceiling = sum(criteria.map((c) => String(c.max))).plus(bonus?.max ?? 0);
        for (const entry of rankGroup(input).entries) {
          expect(new Decimal(entry.total).gte(0) && new Decimal(entry.total).lte(ceiling)).toBe(true);
          for (const line of entry.breakdown) {
            expect(new Decimal(line.result).gte(0) && new Decimal(line.result).lte(line.max!)).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('ties exactly the members equal on rounded points and every tie-break, nothing more', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { regulation } = input;
        const precision = regulation.scoring.precision;
        const submitted = new Map(
          input.members.map((m) => [m.memberId, m.submittedAt ? Date.parse(m.submittedAt) : null]),
        );
        // What the stated rule compares: the rounded total, then each tie-break in order.
        const key = (entry: RankingEntry) =>
          JSON.stringify([
            entry.total,
            ...regulation.tieBreaks.map((tieBreak) => {
              if (tieBreak.type === 'criterion')
                return entry.breakdown.find((l) => l.id === tieBreak.id)!.result;
              if (tieBreak.type === 'bonus') return entry.bonusPoints;
              if (tieBreak.type === 'submittedAt') return submitted.get(entry.memberId);
              return Object.values(entry.votes).reduce((a, b) => a + b, 0);
            }),
          ]);
        const { entries } = rankGroup(input);
        for (const a of entries) {
          for (const line of a.breakdown)
            expect(new Decimal(line.result).decimalPlaces()).toBeLessThanOrEqual(precision);
          for (const b of entries) expect(a.rank === b.rank).toBe(key(a) === key(b));
        }
      }),
      RUNS,
    );
  });
});

/** Every criterion id of a tree, parents before their children. */
function criterionIds(criteria: readonly Regulation['criteria'][number][]): string[] {
  return criteria.flatMap((c) => [c.id, ...criterionIds(c.children ?? [])]);
}

/** The same regulation as format 2, optional where chosen and normalised, re-validated. */
function asFormat2(regulation: Regulation, optional: ReadonlySet<string>, normalize: boolean): Regulation {
  const mark = (c: Regulation['criteria'][number]): Regulation['criteria'][number] => ({
    ...c,
    ...(optional.has(c.id) ? { optional: true } : {}),
    ...(c.children ? { children: c.children.map(mark) } : {}),
  });
  const doc = {
    ...regulation,
    format: 2 as const,
    criteria: regulation.criteria.map(mark),
    scoring: normalize
      ? { ...regulation.scoring, normalize: 'percentOfApplicable' as const }
      : regulation.scoring,
  };
  const result = validateRegulation(doc);
  if (!result.ok) throw new Error(`format 2 copy is invalid: ${JSON.stringify(result.problems)}`);
  return result.regulation;
}

/** Format 2 copies with optional criteria, normalize and the head's not-applicable marks. */
const normalizedArb = inputArb.chain((input) => {
  const ids = criterionIds(input.regulation.criteria);
  return fc.tuple(fc.subarray(ids), fc.subarray(ids)).map(([optional, marked]): RankingInput => {
    const headId = input.headId ?? input.members[0].memberId;
    const marks = (memberId: string): MemberScoreInput[] =>
      marked.map((criterionId, i) => ({
        scorerId: headId,
        criterionId,
        points: '0',
        notApplicable: true,
        reason: `Không áp dụng ${memberId} ${i}`,
      }));
    return {
      ...input,
      headId,
      regulation: asFormat2(input.regulation, new Set(optional), true),
      // Each member gets a different subset of the marks, so members differ in their applicable scale.
      members: input.members.map((m, k) => ({
        ...m,
        scores: [...m.scores, ...marks(m.memberId).filter((_, i) => (i + k) % 2 === 0)],
      })),
    };
  });
});

describe('rankGroup properties, format 2', () => {
  it('ranks any format 1 document byte for byte the same when it is read as format 2', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const regulation = asFormat2(input.regulation, new Set(), false);
        expect(regulation.format).toBe(2);
        expect(JSON.stringify(rankGroup({ ...input, regulation }))).toBe(JSON.stringify(rankGroup(input)));
      }),
      RUNS,
    );
  });

  it('gives the same ranking whatever the order of the inputs, not-applicable marks included', () => {
    fc.assert(
      fc.property(normalizedArb, fc.integer(), (input, seed) => {
        expect(rankGroup(shuffled(input, seed))).toEqual(rankGroup(input));
      }),
      RUNS,
    );
  });

  it('never lets normalised totals exceed the nominal scale plus the bonus cap', () => {
    fc.assert(
      fc.property(normalizedArb, (input) => {
        const { criteria, bonus } = input.regulation;
        const nominal = sum(criteria.map((c) => String(c.max)));
        const ceiling = nominal.plus(bonus?.max ?? 0);
        for (const entry of rankGroup(input).entries) {
          expect(new Decimal(entry.criteriaPoints).lte(nominal)).toBe(true);
          expect(new Decimal(entry.total).lte(ceiling)).toBe(true);
          if (entry.normalization) {
            // criteria points = raw × nominal / applicable, rounded half up (0 when nothing is applicable)
            const { raw, applicable } = entry.normalization;
            const expected = new Decimal(applicable).isZero()
              ? new Decimal(0)
              : new Decimal(raw)
                  .times(entry.normalization.nominal)
                  .div(applicable)
                  .toDecimalPlaces(input.regulation.scoring.precision, Decimal.ROUND_HALF_UP);
            expect(entry.criteriaPoints).toBe(expected.toFixed());
          }
        }
      }),
      RUNS,
    );
  });
});
