// Shape of the regulation document (formats 1 and 2, see REGULATION.md); meaning-level rules live in regulation.validation.ts.
import { z } from 'zod';
import { methodSchema } from './methods/index';
import { indicatorDeclarationSchema } from './regulation-indicators';

export const REGULATION_FORMAT = 1;
/** Every format read: format 2 adds optional fields (REGULATION.md "Format 2"); format 1 means the same without them. */
export const REGULATION_FORMATS = [1, 2] as const;

const PERIOD_KINDS = ['H1', 'FY'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

const FINAL_SCORE_RULES = ['HEAD', 'CROSS_MEAN', 'CROSS_TRIMMED_MEAN'] as const;
export type FinalScoreRule = (typeof FINAL_SCORE_RULES)[number];

const id = z.string().regex(/^\S{1,64}$/, { error: 'Mã phải có từ 1 đến 64 ký tự, không chứa khoảng trắng' });
const text = z.string().trim().min(1);
const points = z.number().nonnegative();
const maxPoints = z.number().positive();

export type { Method, MethodType } from './methods/index';

export const criterionSchema = z.strictObject({
  id,
  title: text,
  max: maxPoints,
  method: methodSchema.optional(),
  // Format 2 (see criterion-rules.ts for their meaning checks).
  allowAboveMax: z.boolean().optional(),
  optional: z.boolean().optional(),
  scoredBy: z.enum(['BOARD']).optional(),
  get children(): z.ZodOptional<z.ZodArray<typeof criterionSchema>> {
    return z.array(criterionSchema).min(1).optional();
  },
});
export type Criterion = z.infer<typeof criterionSchema>;

const deductionBase = { id, title: text };
const deductionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...deductionBase, kind: z.literal('late'), pointsPerDay: maxPoints, max: maxPoints }),
  z.strictObject({ ...deductionBase, kind: z.literal('missing'), points: maxPoints }),
  z.strictObject({ ...deductionBase, kind: z.literal('manual'), max: maxPoints }),
  // Format 2: applied in full or not at all by the final scorer; a count × points, capped at max.
  z.strictObject({ ...deductionBase, kind: z.literal('fixed'), points: maxPoints }),
  z.strictObject({ ...deductionBase, kind: z.literal('per_item'), points: maxPoints, max: maxPoints }),
  // Format 2: charged in full, by the worker, when the member's fact is false (e.g. did not register).
  z.strictObject({ ...deductionBase, kind: z.literal('withoutFact'), fact: id, points: maxPoints }),
]);
export type Deduction = z.infer<typeof deductionSchema>;

const tieBreakSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('criterion'), id }),
  z.strictObject({ type: z.literal('bonus') }),
  z.strictObject({ type: z.literal('submittedAt') }),
  // Without awardId: the votes received across every award that requires a vote.
  z.strictObject({ type: z.literal('vote'), awardId: id.optional() }),
  // Format 2: members with the fact true first; the named body orders those still tied (only last).
  z.strictObject({ type: z.literal('fact'), id }),
  z.strictObject({ type: z.literal('decision'), by: z.enum(['BOARD', 'HEAD']) }),
]);
export type TieBreak = z.infer<typeof tieBreakSchema>;

const QUOTA_ROUNDINGS = ['floor', 'round', 'ceil'] as const;

const awardSchema = z.strictObject({
  id,
  title: text,
  // Exactly one of count / percent: checked in regulation.validation.ts with a clearer message than a union gives.
  quota: z.strictObject({
    count: z.int().min(1, { error: 'Số suất (count) phải ít nhất là 1' }).optional(),
    percent: z
      .number()
      .gt(0, { error: 'Tỷ lệ suất (percent) phải lớn hơn 0' })
      .lte(100, { error: 'Tỷ lệ suất (percent) không được vượt quá 100' })
      .optional(),
    rounding: z.enum(QUOTA_ROUNDINGS).optional(),
    // Format 2: a count per member category (the category is part of the membership of the year).
    byCategory: z.record(id, z.int().min(0, { error: 'Số suất phải là số nguyên không âm' })).optional(),
  }),
  eligibility: z
    .strictObject({
      maxRank: z.int().min(1).optional(),
      minTotal: points.optional(),
      minBand: text.optional(),
      requiresVote: z.boolean().default(false),
      // Format 2: facts that must all be true; facts none of which may be true (the member is skipped).
      requiresFacts: z.array(id).optional(),
      blockedByFacts: z.array(id).optional(),
    })
    .default({ requiresVote: false }),
  excludes: z.array(id).default([]),
  // Format 2: "mostVotes" (requires a vote) — the most votes win; rank order is the default.
  selection: z.enum(['rank', 'mostVotes']).optional(),
});
export type Award = z.infer<typeof awardSchema>;

// Format 2: exactly one of min / gt, checked in member-rules.validation.ts.
const bandSchema = z.strictObject({
  label: text,
  min: points.optional(),
  gt: points.optional(),
  require: z
    .strictObject({
      noZeroLeaf: z.literal(true).optional(),
      minLeafRatio: z
        .number()
        .gt(0, { error: 'Tỷ lệ tối thiểu (minLeafRatio) phải lớn hơn 0' })
        .lte(1, { error: 'Tỷ lệ tối thiểu (minLeafRatio) không được vượt quá 1' })
        .optional(),
    })
    .optional(),
});

// Format 2: yes/no statements about a member, set by the head (or by the award board alone, or by the portal
// itself for the start of the year's facts: PORTAL_FACTS).
const factSchema = z.strictObject({ id, title: text, setBy: z.enum(['BOARD', 'PORTAL']).optional() });

const bandRuleSchema = z.strictObject({
  id,
  title: text,
  if: z.union([z.strictObject({ fact: id }), z.strictObject({ missing: z.literal(true) })]),
  effect: z.union([z.strictObject({ setBand: text }), z.strictObject({ maxBand: text })]),
});

/** Top-level sections, also parsed one by one so meaning checks still run beside shape problems elsewhere. */
export const regulationSections = {
  periods: z
    .array(
      z.strictObject({
        kind: z.enum(PERIOD_KINDS),
        deadline: z.iso.datetime({
          offset: true,
          // A missing deadline keeps the generic "required" wording.
          error: (issue) =>
            issue.input === undefined
              ? undefined
              : 'Hạn nộp phải là thời điểm ISO 8601 có múi giờ, ví dụ 2023-06-20T17:00:00+07:00',
        }),
        // The scheduler reminds members that have not submitted this many days before (7 and 1 without it).
        remindDaysBefore: z
          .array(
            z
              .int({ error: 'Số ngày nhắc hạn phải là số nguyên' })
              .min(1, { error: 'Số ngày nhắc hạn phải từ 1 đến 60' })
              .max(60, { error: 'Số ngày nhắc hạn phải từ 1 đến 60' }),
          )
          .max(5, { error: 'Nhắc hạn tối đa 5 lần' })
          .optional(),
      }),
    )
    .min(1),
  scoring: z.strictObject({
    final: z.enum(FINAL_SCORE_RULES),
    precision: z.int().min(0).max(6),
    normalize: z.enum(['percentOfApplicable']).optional(),
    // Format 2: a cap on the sum of a member's deductions of every kind, after each one's own cap.
    deductionsMax: maxPoints.optional(),
  }),
  /** Format 2: the group's own indicators, beside the common INDICATOR_KEYS. */
  indicators: z.array(indicatorDeclarationSchema).optional(),
  criteria: z.array(criterionSchema).min(1),
  bonus: z
    .strictObject({
      // A regulation without bonus points says so with max 0 and no items (REGULATION.md requires no bonus).
      max: points,
      items: z.array(z.strictObject({ id, title: text, points: maxPoints })),
    })
    .optional(),
  deductions: z.array(deductionSchema).default([]),
  bands: z.array(bandSchema).default([]),
  bandRules: z.array(bandRuleSchema).optional(),
  facts: z.array(factSchema).optional(),
  tieBreaks: z.array(tieBreakSchema).default([]),
  voting: z
    .strictObject({
      enabled: z.boolean(),
      threshold: z
        .number()
        .gt(0, { error: 'Ngưỡng biểu quyết (threshold) phải lớn hơn 0' })
        .lte(1, { error: 'Ngưỡng biểu quyết (threshold) không được vượt quá 1' })
        .optional(),
      base: z.enum(['ALL_MEMBERS']).default('ALL_MEMBERS'),
      selfVote: z.boolean().default(false),
    })
    .default({ enabled: false, base: 'ALL_MEMBERS', selfVote: false }),
  awards: z.array(awardSchema).default([]),
};

export const regulationSchema = z.strictObject({
  format: z.literal(REGULATION_FORMATS, {
    error: `Định dạng quy chế không được hỗ trợ: chỉ chấp nhận format ${REGULATION_FORMATS.join(' hoặc ')}`,
  }),
  group: id,
  year: z.int().min(2000).max(2100),
  title: text,
  decision: z.strictObject({
    number: text,
    date: z.iso.date({
      error: (issue) => (issue.input === undefined ? undefined : 'Ngày quyết định phải có dạng YYYY-MM-DD'),
    }),
  }),
  legalBasis: z.string().optional(),
  ...regulationSections,
});

/** A regulation that passed validateRegulation: defaults filled in, every rule of REGULATION.md checked. */
export type Regulation = z.infer<typeof regulationSchema>;
/** What authors write (defaults optional), e.g. the fixtures. */
export type RegulationDocument = z.input<typeof regulationSchema>;
export type RegulationSections = {
  [K in keyof typeof regulationSections]: z.infer<(typeof regulationSections)[K]>;
};
export type Band = Regulation['bands'][number];
export type BonusItem = NonNullable<Regulation['bonus']>['items'][number];
export type Period = Regulation['periods'][number];
export type Fact = NonNullable<Regulation['facts']>[number];
export type BandRule = NonNullable<Regulation['bandRules']>[number];
