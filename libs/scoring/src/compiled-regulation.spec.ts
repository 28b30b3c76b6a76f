import { compileRegulation } from './compiled-regulation';
import { regulationOf, smallRegulation } from './fixtures/ranking-input.fixture';

describe('compileRegulation', () => {
  it('compiles an object once', () => {
    const regulation = regulationOf(smallRegulation());
    expect(compileRegulation(regulation)).toBe(compileRegulation(regulation));
  });

  it('reuses what it compiled for an equal regulation, with the new object as source', () => {
    const first = compileRegulation(regulationOf(smallRegulation({ title: 'Quy chế A' })));
    const again = regulationOf(smallRegulation({ title: 'Quy chế A' }));
    const compiled = compileRegulation(again);
    expect(compiled.source).toBe(again);
    expect(compiled.criteria).toBe(first.criteria);
  });

  it('compiles a regulation that differs anew', () => {
    const first = compileRegulation(regulationOf(smallRegulation({ title: 'Quy chế B' })));
    const other = compileRegulation(regulationOf(smallRegulation({ title: 'Quy chế C' })));
    expect(other.criteria).not.toBe(first.criteria);
  });
});
