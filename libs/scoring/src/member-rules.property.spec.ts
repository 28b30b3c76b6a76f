// Properties of format 2's member-level rules over random members of the format 2 fixture and random band rules.
import fc from 'fast-check';
import { FORMAT2_RULES_REGULATION } from './fixtures/format2-rules.regulation';
import { memberInput, rankingInput, regulationOf } from './fixtures/ranking-input.fixture';
import { rankGroup } from './ranking';
import type { MemberInput, MemberScoreInput, RankingEntry } from './ranking.types';
import type { RegulationDocument } from './regulation.schema';

const HEAD = 'h';
const FACT_IDS = FORMAT2_RULES_REGULATION.facts.map((f) => f.id);
const LABELS = FORMAT2_RULES_REGULATION.bands.map((b) => b.label);
const LEAVES = [
  { id: '1.1', max: 30 },
  { id: '1.2', max: 20 },
  { id: '1.3', max: 5 },
  { id: '2', max: 45 },
];

/** Band rules on facts that, by REGULATION.md, can only lower a band: maxBand anywhere, setBand to the lowest. */
const bandRulesArb = fc.array(
  fc.record({
    fact: fc.constantFrom(...FACT_IDS),
    effect: fc.oneof(
      fc.constantFrom(...LABELS).map((maxBand) => ({ maxBand })),
      fc.constant({ setBand: LABELS.at(-1)! }),
    ),
  }),
  { maxLength: 4 },
);

const regulationArb = bandRulesArb.map((rules) =>
  regulationOf({
    ...FORMAT2_RULES_REGULATION,
    bandRules: [
      FORMAT2_RULES_REGULATION.bandRules[0],
      ...rules.map((rule, i) => ({
        id: `R${i}`,
        title: `Quy tắc ${i}`,
        if: { fact: rule.fact },
        effect: rule.effect,
      })),
    ],
  } as RegulationDocument),
);

/** Leaf points in hundredths (many zeros and maxima, to reach the band conditions' edges). */
const pointsArb = fc.tuple(
  ...LEAVES.map(({ max }) =>
    fc
      .oneof(fc.constant(0), fc.constant(max * 100), fc.integer({ min: 0, max: max * 100 }))
      .map((k) => String(k / 100)),
  ),
);

function memberWith(
  points: string[],
  facts: string[],
  submitted: boolean,
  extra: MemberScoreInput[] = [],
): MemberInput {
  return memberInput(HEAD, {
    submittedAt: submitted ? '2025-11-20T10:00:00+07:00' : null,
    scores: [
      ...LEAVES.map(({ id }, i) => ({ scorerId: HEAD, criterionId: id, points: points[i] })),
      ...extra,
    ],
    facts,
  });
}

const bandIndex = (entry: RankingEntry) => (entry.band === null ? LABELS.length : LABELS.indexOf(entry.band));

function entryOf(regulation: ReturnType<typeof regulationOf>, m: MemberInput): RankingEntry {
  return rankGroup(rankingInput(regulation, [m], { headId: HEAD, computedAt: '2025-12-20T10:00:00+07:00' }))
    .entries[0];
}

describe('format 2 member rules, properties', () => {
  it('never gives a member a higher band for more true facts', () => {
    fc.assert(
      fc.property(
        regulationArb,
        pointsArb,
        fc.subarray(FACT_IDS),
        fc.subarray(FACT_IDS),
        fc.boolean(),
        (regulation, points, some, more, submitted) => {
          const fewer = entryOf(regulation, memberWith(points, some, submitted));
          const all = entryOf(regulation, memberWith(points, [...new Set([...some, ...more])], submitted));
          expect(all.total).toBe(fewer.total);
          expect(bandIndex(all)).toBeGreaterThanOrEqual(bandIndex(fewer));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('charges the sum of the deduction lines, capped at deductionsMax', () => {
    const regulation = regulationOf(FORMAT2_RULES_REGULATION);
    fc.assert(
      fc.property(
        pointsArb,
        fc.integer({ min: 0, max: 200 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 8 }),
        fc.option(fc.integer({ min: 0, max: 96 }), { nil: null }),
        (points, d3, d4, d5, hoursLate) => {
          const extra: MemberScoreInput[] = [
            { scorerId: HEAD, criterionId: 'D3', points: String(d3 / 100) },
            { scorerId: HEAD, criterionId: 'D4', points: d4 ? '8' : '0' },
            { scorerId: HEAD, criterionId: 'D5', points: String(Math.min(d5 * 0.5, 2)), count: d5 },
          ];
          const m = memberWith(points, [], hoursLate !== null, extra);
          if (hoursLate !== null)
            m.submittedAt = new Date(
              Date.parse('2025-11-20T17:00:00+07:00') + hoursLate * 3600e3,
            ).toISOString();
          const entry = entryOf(regulation, m);
          const lines = entry.breakdown.filter((l) => l.kind === 'deduction');
          const hundredths = lines.reduce((sum, l) => sum + Math.round(Number(l.result) * 100), 0);
          expect(Math.round(Number(entry.deductionPoints) * 100)).toBe(Math.min(hundredths, 300));
          expect(entry.summary.includes('vượt mức trừ tối đa')).toBe(hundredths > 300);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives every member its own rank once the board orders every tied group', () => {
    const regulation = regulationOf(FORMAT2_RULES_REGULATION);
    const memberArb = fc.record({
      p2: fc.constantFrom('40', '45'),
      female: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(memberArb, { minLength: 2, maxLength: 8 }), fc.integer(), (specs, seed) => {
        const members = specs.map((spec, i) =>
          memberInput(i === 0 ? HEAD : `m${i}`, {
            submittedAt: '2025-11-20T10:00:00+07:00',
            scores: ['30', '20', '5', spec.p2].map((points, k) => ({
              scorerId: HEAD,
              criterionId: LEAVES[k].id,
              points,
            })),
            facts: spec.female ? ['FEMALE_70'] : [],
          }),
        );
        const input = rankingInput(regulation, members, {
          headId: HEAD,
          computedAt: '2025-12-20T10:00:00+07:00',
        });
        const first = rankGroup(input);
        // One order per tied group, shuffled by the seed.
        const groups = new Map<number, string[]>();
        for (const e of first.entries)
          if (e.tieDecisionBy) groups.set(e.rank, [...(groups.get(e.rank) ?? []), e.memberId]);
        const tieDecisions = [...groups.values()].map((ids) => ({
          by: 'BOARD' as const,
          order: [...ids].sort(
            (a, b) =>
              ((a.charCodeAt(a.length - 1) * seed) % 7) - ((b.charCodeAt(b.length - 1) * seed) % 7) ||
              a.localeCompare(b),
          ),
        }));
        const settled = rankGroup({ ...input, tieDecisions });
        expect(settled.warnings).toEqual([]);
        expect(settled.entries.map((e) => e.rank)).toEqual(members.map((_, i) => i + 1));
        expect(settled.entries.every((e) => e.tieDecisionBy === null)).toBe(true);
        for (const { order } of tieDecisions) {
          const ranks = order.map((id) => settled.entries.find((e) => e.memberId === id)!.rank);
          expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        }
      }),
      { numRuns: 100 },
    );
  });
});
