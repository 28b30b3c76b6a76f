// The method traits the web reads (methods/traits.ts) against the modules that score (methods/index.ts): one
// table, in agreement, and light enough for the web (no imports at run time).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pointScale } from '../fixed-point';
import { NO_DECLARED } from './indicator-ref';
import { METHODS, methodModule, type MethodType } from './index';
import { METHOD_TRAITS, methodsWith, traitsOf } from './traits';

const types = Object.keys(METHODS) as MethodType[];

describe('method traits', () => {
  it('has traits for exactly the methods the engine scores', () => {
    expect(Object.keys(METHOD_TRAITS).sort()).toEqual([...types].sort());
  });

  it.each(types)('agrees with the %s module', (type) => {
    const traits = METHOD_TRAITS[type];
    const module = methodModule(type);
    expect(traits.computed).toBe(module.computed);
    // Computed methods are neither self-scored nor cells to fill; every entered one is both.
    expect(traits.selfScored).toBe(!module.computed);
    expect(traits.scoredByHand).toBe(!module.computed);
    if (module.computed) {
      expect(traits.input).toBe('points');
      return;
    }
    expect(traits.input === 'toggle').toBe(module.allOrNothing);
    // A count is asked exactly where the module has points per item.
    const scale = pointScale(2);
    const sample = { type, points: 2.5 } as never;
    expect(traits.input === 'count').toBe(
      module.each(module.compile(sample, scale, NO_DECLARED)) !== undefined,
    );
  });

  it('lists the computed, hand-scored and self-scored methods', () => {
    expect([...methodsWith('computed')].sort()).toEqual(['bands', 'linear', 'rate', 'relative_to_leader']);
    expect([...methodsWith('scoredByHand')].sort()).toEqual(['manual', 'pass_fail', 'per_item']);
    expect([...methodsWith('selfScored')].sort()).toEqual(['manual', 'pass_fail', 'per_item']);
  });

  it('reads a type as a document writes it, and knows no other', () => {
    expect(traitsOf('per_item')).toMatchObject({ input: 'count', selfScored: true });
    expect(traitsOf('pass_fail')?.input).toBe('toggle');
    expect(traitsOf('toString')).toBeUndefined();
    expect(traitsOf('daysLate')).toBeUndefined();
  });

  it('imports nothing, so the web bundles it without zod or the engine', () => {
    const source = readFileSync(join(__dirname, 'traits.ts'), 'utf8');
    expect(source).not.toMatch(/^\s*import\s/m);
    expect(source).not.toMatch(/\brequire\(/);
  });
});
