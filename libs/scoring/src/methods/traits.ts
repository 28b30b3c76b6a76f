// What code outside the engine (the web app above all) may know of each criterion method: whether it is computed,
// who scores it, how a score is entered. No imports: the web bundles this file alone, without zod or the engine.
// methods/index.ts checks at compile time that METHODS and METHOD_TRAITS name the same methods and agree on
// `computed`; a method added to METHODS without its traits here does not compile.

/** How a score of the method is entered: points, a switch (0 or the criterion's max), a count × points each. */
export type InputKind = 'points' | 'toggle' | 'count';

export interface MethodTraitRecord {
  /** Computed from a member's figure: no self-score, and the final scorer's score overrides it with a reason. */
  computed: boolean;
  /** The final scorer gives its points by hand: one of the cells the head has to score. */
  scoredByHand: boolean;
  /** The member self-scores it in its report. */
  selfScored: boolean;
  /** How its score is entered (a computed method's override is entered as points). */
  input: InputKind;
}

const entered = (input: InputKind) =>
  ({ computed: false, scoredByHand: true, selfScored: true, input }) as const;
const computed = { computed: true, scoredByHand: false, selfScored: false, input: 'points' } as const;

export const METHOD_TRAITS = {
  manual: entered('points'),
  pass_fail: entered('toggle'),
  per_item: entered('count'),
  rate: computed,
  bands: computed,
  relative_to_leader: computed,
  linear: computed,
} as const satisfies Record<string, MethodTraitRecord>;

export type TraitedMethod = keyof typeof METHOD_TRAITS;
type FlagTrait = 'computed' | 'scoredByHand' | 'selfScored';

/** The traits of a method type as a document writes it, or undefined for a type no method has. */
export function traitsOf(type: string): MethodTraitRecord | undefined {
  return Object.hasOwn(METHOD_TRAITS, type) ? METHOD_TRAITS[type as TraitedMethod] : undefined;
}

/** The method types that have a trait, e.g. every computed one. */
export function methodsWith(trait: FlagTrait): ReadonlySet<string> {
  return new Set(
    Object.entries(METHOD_TRAITS)
      .filter(([, traits]) => traits[trait])
      .map(([type]) => type),
  );
}
