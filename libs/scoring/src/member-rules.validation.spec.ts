// validateRegulation on format 2's member-level rules: each problem with its path and a Vietnamese message.
import { FORMAT2_RULES_REGULATION } from './fixtures/format2-rules.regulation';
import type { RegulationProblem } from './problems';
import { validateRegulation as sut } from './regulation.validation';

/** The format 2 fixture with top-level fields replaced, or changed by `edit`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests bend the document freely
function f2With(edit: (doc: any) => void): unknown {
  const doc = structuredClone(FORMAT2_RULES_REGULATION) as unknown;
  edit(doc);
  return doc;
}

function problemsOf(doc: unknown): RegulationProblem[] {
  const result = sut(doc);
  return result.ok ? [] : result.problems;
}

const problem = (path: string, message: string) => ({ path, message: expect.stringContaining(message) });

describe('validateRegulation, format 2 member rules', () => {
  it('accepts the format 2 fixture without problems or warnings', () => {
    expect(sut(FORMAT2_RULES_REGULATION)).toMatchObject({ ok: true, warnings: [] });
  });

  it('refuses facts named but not declared, wherever they are named', () => {
    const doc = f2With((d) => {
      d.bandRules[1].if.fact = 'NO_1';
      d.tieBreaks[1].id = 'NO_2';
      d.awards[0].eligibility.requiresFacts = ['TTLDXS', 'NO_3'];
      d.awards[1].eligibility.blockedByFacts = ['NO_4'];
    });
    expect(problemsOf(doc)).toEqual([
      problem('bandRules[1].if.fact', 'Không có dữ kiện mã "NO_1" trong facts'),
      problem('tieBreaks[1].id', '"NO_2"'),
      problem('awards[0].eligibility.requiresFacts[1]', '"NO_3"'),
      problem('awards[1].eligibility.blockedByFacts[0]', '"NO_4"'),
    ]);
  });

  it('takes the portal facts under their ids only, and a withoutFact deduction of a declared fact', () => {
    const portal = f2With((d) => {
      d.facts.push(
        { id: 'REGISTERED', title: 'Đã đăng ký thi đua', setBy: 'PORTAL' },
        { id: 'SIGNED_UP', title: 'Tự đặt', setBy: 'PORTAL' },
      );
      d.deductions.push(
        { id: 'D9', title: 'Không đăng ký thi đua', kind: 'withoutFact', fact: 'REGISTERED', points: 8 },
        { id: 'D10', title: 'Thiếu dữ kiện', kind: 'withoutFact', fact: 'NOT_DECLARED', points: 1 },
      );
    });
    const last = (FORMAT2_RULES_REGULATION.facts ?? []).length + 1;
    const deductions = FORMAT2_RULES_REGULATION.deductions.length;
    expect(problemsOf(portal)).toEqual([
      problem(
        `facts[${last}].setBy`,
        'chỉ có thể là COVENANT_SIGNED hoặc REGISTERED, không phải "SIGNED_UP"',
      ),
      problem(`deductions[${deductions + 1}].fact`, 'Không có dữ kiện mã "NOT_DECLARED" trong facts'),
    ]);
    const format1 = f2With((d) => {
      d.format = 1;
      d.deductions = [
        { id: 'D9', title: 'Không đăng ký', kind: 'withoutFact', fact: 'REGISTERED', points: 8 },
      ];
    });
    expect(problemsOf(format1)).toContainEqual(problem('deductions[0].kind', 'Khoản trừ loại "withoutFact"'));
  });

  it('refuses a fact named when the document declares no facts', () => {
    const doc = f2With((d) => delete d.facts);
    expect(problemsOf(doc)).toContainEqual(problem('tieBreaks[1].id', 'Không có dữ kiện mã "FEMALE_70"'));
  });

  it('refuses duplicate fact and band rule ids', () => {
    const doc = f2With((d) => {
      d.facts[4].id = 'TTLDXS';
      d.bandRules[1].id = 'K1';
      d.tieBreaks[1].id = 'TTLDXS';
    });
    expect(problemsOf(doc)).toEqual([
      problem('facts[4].id', 'Mã dữ kiện "TTLDXS" đã được dùng tại facts[0].id'),
      problem('bandRules[1].id', 'Mã quy tắc "K1" đã được dùng tại bandRules[0].id'),
    ]);
  });

  it('refuses a band with both gt and min, or neither', () => {
    const doc = f2With((d) => {
      d.bands[2].min = 75;
      delete d.bands[3].min;
    });
    expect(problemsOf(doc)).toEqual([
      problem('bands[2]', 'chỉ được có một trong hai: min (từ) hoặc gt (trên)'),
      problem('bands[3]', 'phải có min (từ) hoặc gt (trên)'),
    ]);
  });

  it('refuses bands out of order, reading gt x above min x', () => {
    // min 75 above gt 75 is out of order (gt 75 lies above); gt 95 above min 95 is in order.
    const doc = f2With((d) => {
      d.bands[0] = { label: 'A', gt: 95 };
      d.bands[1] = { label: 'B', min: 95 };
      d.bands[2] = { label: 'C', min: 75 };
      d.bands[3] = { label: 'D', gt: 75 };
      d.bandRules = [];
      d.awards = [];
    });
    expect(problemsOf(doc)).toEqual([
      problem(
        'bands[3].gt',
        'Các mức xếp loại phải xếp từ cao xuống thấp: trên 75 không thấp hơn mức trước (từ 75)',
      ),
    ]);
  });

  it('allows an equal bound only below a band with a condition', () => {
    const doc = f2With((d) => {
      d.bands[1].min = 95;
    });
    expect(problemsOf(doc)).toEqual([]);
    const plain = f2With((d) => {
      d.bands[2] = { label: 'Hoàn thành', min: 85 };
      d.bands[1] = { label: 'Hoàn thành tốt', min: 85 };
    });
    expect(problemsOf(plain)).toEqual([problem('bands[2].min', 'từ 85 không thấp hơn mức trước (từ 85)')]);
  });

  it('refuses an empty require, and a minLeafRatio outside (0, 1]', () => {
    expect(problemsOf(f2With((d) => (d.bands[0].require = {})))).toEqual([
      problem('bands[0].require', 'phải có noZeroLeaf hoặc minLeafRatio'),
    ]);
    expect(problemsOf(f2With((d) => (d.bands[1].require = { minLeafRatio: 1.5 })))).toEqual([
      problem('bands[1].require.minLeafRatio', 'không được vượt quá 1'),
    ]);
  });

  it('warns that totals below a lowest gt band are not classified', () => {
    const result = sut(f2With((d) => d.bands.pop()));
    expect(result.warnings).toEqual([
      problem('bands[2].gt', 'Tổng điểm từ 75 trở xuống không được xếp loại'),
    ]);
    // The bandRule K1 names the band removed.
    expect(result.ok).toBe(false);
  });

  it('warns that a member failing the lowest band’s condition is not classified', () => {
    const result = sut(f2With((d) => (d.bands[3].require = { noZeroLeaf: true })));
    expect(result).toMatchObject({ ok: true });
    expect(result.warnings).toEqual([problem('bands[3].require', 'sẽ không được xếp loại')]);
  });

  it('refuses a band rule naming an unknown band, and warns of a fact setBand that may lift a member', () => {
    const doc = f2With((d) => {
      d.bandRules[0].effect = { setBand: 'Yếu' };
      d.bandRules[1].effect = { maxBand: 'Tốt' };
      d.bandRules.push({ id: 'S', title: 'Đặt', if: { fact: 'TTLDXS' }, effect: { setBand: 'Hoàn thành' } });
    });
    const result = sut(doc);
    expect(result.ok ? [] : result.problems).toEqual([
      problem('bandRules[0].effect.setBand', 'Không có xếp loại "Yếu" trong bands'),
      problem('bandRules[1].effect.maxBand', 'Không có xếp loại "Tốt" trong bands'),
    ]);
    expect(result.warnings).toEqual([problem('bandRules[2].effect.setBand', 'có thể nâng xếp loại')]);
  });

  it('refuses a decision tie-break that is not last', () => {
    const doc = f2With((d) => d.tieBreaks.push({ type: 'bonus' }));
    expect(problemsOf(doc)).toEqual([problem('tieBreaks[2]', 'chỉ được đặt cuối cùng')]);
  });

  it('refuses mostVotes without requiresVote', () => {
    const doc = f2With((d) => (d.awards[0].eligibility.requiresVote = false));
    expect(problemsOf(doc)).toEqual([problem('awards[0].selection', 'eligibility.requiresVote')]);
  });

  it('refuses a fact both required and blocking', () => {
    const doc = f2With((d) => (d.awards[0].eligibility.blockedByFacts = ['PARTY_GOOD']));
    expect(problemsOf(doc)).toEqual([
      problem('awards[0].eligibility.blockedByFacts[0]', 'vừa là điều kiện bắt buộc'),
    ]);
  });

  it('refuses byCategory beside count or percent, with rounding, or empty', () => {
    const doc = f2With((d) => {
      d.awards[1].quota = { byCategory: { SO: 1 }, count: 1, rounding: 'floor' };
      d.awards.push({ id: 'X', title: 'X', quota: { byCategory: {} } });
    });
    expect(problemsOf(doc)).toEqual([
      problem('awards[1].quota.rounding', 'chỉ dùng với chỉ tiêu theo tỷ lệ'),
      problem('awards[1].quota', 'không dùng cùng count hoặc percent'),
      problem('awards[2].quota.byCategory', 'phải có ít nhất một loại'),
    ]);
  });

  it('checks the decimals of fixed, per_item and deductionsMax, and warns of a per_item above its max', () => {
    const doc = f2With((d) => {
      d.scoring.deductionsMax = 3.125;
      d.deductions[3].points = 8.001;
      d.deductions[4].points = 2.5;
    });
    const result = sut(doc);
    expect(result.ok ? [] : result.problems).toEqual([
      problem('deductions[3].points', 'nhiều hơn 2 chữ số thập phân'),
      problem('scoring.deductionsMax', 'nhiều hơn 2 chữ số thập phân'),
    ]);
    expect(result.warnings).toEqual([problem('deductions[4].points', 'lớn hơn mức trừ tối đa')]);
  });

  it('accepts several fixed and per_item deductions, but one late and one missing only', () => {
    const doc = f2With((d) => {
      d.deductions.push({ id: 'D6', title: 'Khác', kind: 'fixed', points: 1 });
      d.deductions.push({ id: 'D7', title: 'Khác nữa', kind: 'per_item', points: 1, max: 2 });
      d.deductions.push({ id: 'D8', title: 'Chậm', kind: 'late', pointsPerDay: 1, max: 2 });
    });
    expect(problemsOf(doc)).toEqual([problem('deductions[7].kind', 'Chỉ được có một khoản trừ loại "late"')]);
  });

  it('refuses the member-level format 2 fields in a format 1 document, each at its path', () => {
    const doc = f2With((d) => (d.format = 1));
    expect(problemsOf(doc)).toEqual([
      problem('facts', 'chỉ dùng trong quy chế format 2'),
      problem('bandRules', 'chỉ dùng trong quy chế format 2'),
      problem('scoring.deductionsMax', 'chỉ dùng trong quy chế format 2'),
      problem('deductions[3].kind', 'Khoản trừ loại "fixed" chỉ dùng trong quy chế format 2'),
      problem('deductions[4].kind', 'Khoản trừ loại "per_item"'),
      problem('bands[0].require', 'chỉ dùng trong quy chế format 2'),
      problem('bands[1].require', 'chỉ dùng trong quy chế format 2'),
      problem('bands[2].gt', 'chỉ dùng trong quy chế format 2'),
      problem('tieBreaks[1].type', 'Phân định loại "fact"'),
      problem('tieBreaks[2].type', 'Phân định loại "decision"'),
      problem('awards[0].selection', 'chỉ dùng trong quy chế format 2'),
      problem('awards[0].eligibility.requiresFacts', 'chỉ dùng trong quy chế format 2'),
      problem('awards[0].eligibility.blockedByFacts', 'chỉ dùng trong quy chế format 2'),
      problem('awards[1].quota.byCategory', 'chỉ dùng trong quy chế format 2'),
      problem('awards[1].eligibility.blockedByFacts', 'chỉ dùng trong quy chế format 2'),
    ]);
  });
});
