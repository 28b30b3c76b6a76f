// The importer filling a group's own indicators (format 2 `indicators`) where a report names them by their label.
import type { Indicator } from '../document/report-document.model';
import { importMarkdown } from '../import/markdown.importer';
import { DocumentWorkerPool } from '../isolation/document-worker-pool';
import { regexWork } from '../testing/regex-work';
import type { GroupIndicator } from './group-indicators';
import { extractIndicators } from './indicator.extractor';
import { phrasePattern, wordMatches } from './word-pattern';

/** The Ministry of Justice's kind of figures (REGULATION.md, format 2), and a few of other sectors. */
const DECLARED: GroupIndicator[] = [
  { key: 'cases_resolved', label: 'Tỷ lệ việc giải quyết so với chỉ tiêu', unit: '%' },
  { key: 'on_time_rate', label: 'Tỷ lệ văn bản thẩm định đúng tiến độ', unit: '%' },
  { key: 'mediations', label: 'Số vụ việc hòa giải', unit: 'vụ việc' },
  { key: 'mediations_succeeded', label: 'Số vụ việc hòa giải thành', unit: 'vụ việc' },
  { key: 'irrigation_works', label: 'Số công trình thủy lợi được kiên cố hóa', unit: 'công trình' },
  { key: 'rural_roads', label: 'Chiều dài đường giao thông nông thôn được cứng hóa', unit: 'km' },
  { key: 'tourism_revenue', label: 'Doanh thu du lịch', unit: 'tỷ đồng' },
  { key: 'resolved_on_time', label: 'Số hồ sơ giải quyết đúng hạn', unit: 'hồ sơ' },
];

type Read = Pick<Indicator, 'value' | 'unit' | 'percentOfPlan' | 'changeVsSamePeriodPercent' | 'source'>;

function extract(body: string, declared = DECLARED): Record<string, Read> {
  const found: Record<string, Read> = {};
  for (const i of extractIndicators([{ body }], { periodMonths: 6, declared })) {
    const { value, unit, percentOfPlan, changeVsSamePeriodPercent, source } = i;
    found[i.key] = { value, unit, percentOfPlan, changeVsSamePeriodPercent, source };
  }
  return found;
}

const read = (f: Partial<Read>) => ({
  value: null,
  unit: null,
  percentOfPlan: null,
  changeVsSamePeriodPercent: null,
  ...f,
});

describe('declared indicators in report sentences', () => {
  it('reads two declared indicators named in one sentence, each with its own figure', () => {
    const sentence =
      'Tỷ lệ văn bản thẩm định đúng tiến độ đạt 96,5%, tỷ lệ việc giải quyết so với chỉ tiêu đạt 112,5%.';
    const found = extract(sentence);
    expect(found.on_time_rate).toEqual(read({ value: '96.5', unit: '%', source: sentence }));
    // Its label compares with the target ("so với chỉ tiêu"): the figure is its % of plan, as methods read it.
    expect(found.cases_resolved).toEqual(read({ percentOfPlan: '112.5', source: sentence }));
  });

  it('gives the longer of two labels its figure when one label is a prefix of the other', () => {
    const sentence =
      'Trong 6 tháng đầu năm, số vụ việc hòa giải là 180 vụ việc; số vụ việc hòa giải thành đạt 152 vụ việc, đạt tỷ lệ 84,4%.';
    const found = extract(sentence);
    expect(found.mediations).toEqual(read({ value: '180', unit: 'vụ việc', source: sentence }));
    // The 84,4 % is a share, not a count of cases: the count keeps its value.
    expect(found.mediations_succeeded).toEqual(read({ value: '152', unit: 'vụ việc', source: sentence }));
  });

  it('reads the label in any case, and after "ước đạt", "là" or ":", a Vietnamese number', () => {
    expect(
      extract('Doanh thu du lịch ước đạt 1.234,5 tỷ đồng, tăng 12,3% so với cùng kỳ.').tourism_revenue,
    ).toMatchObject({ value: '1234.5', unit: 'tỷ đồng', changeVsSamePeriodPercent: '12.3' });
    expect(extract('TỶ LỆ VĂN BẢN THẨM ĐỊNH ĐÚNG TIẾN ĐỘ: 96,5').on_time_rate).toMatchObject({
      value: '96.5',
      unit: '%',
    });
    expect(extract('Doanh thu du lịch là 14.103,4').tourism_revenue).toMatchObject({ value: '14103.4' });
    // Another unit the parser knows is converted to the declared one.
    expect(extract('Doanh thu du lịch đạt hơn 950 triệu đồng.').tourism_revenue).toMatchObject({
      value: '0.95',
    });
  });

  it('reads a unit the number parser does not know ("km", "công trình") as the declaration spells it', () => {
    const sentence =
      'Chiều dài đường giao thông nông thôn được cứng hóa 6 tháng đầu năm ước đạt 120,5 km, bằng 60,2% kế hoạch năm.';
    expect(extract(sentence).rural_roads).toEqual(
      read({ value: '120.5', unit: 'km', percentOfPlan: '60.2', source: sentence }),
    );
  });

  it('matches either placement of the tone mark (thuỷ/thủy, hoá/hóa), the diacritics otherwise as written', () => {
    const old = 'Số công trình thuỷ lợi được kiên cố hoá: 12 công trình.';
    expect(extract(old).irrigation_works).toEqual(read({ value: '12', unit: 'công trình', source: old }));
    expect(
      extract('So cong trinh thuy loi duoc kien co hoa: 12 công trình.').irrigation_works,
    ).toBeUndefined();
  });

  it('does not take a span of time or a figure in parentheses for the value', () => {
    const found = extract('Tỷ lệ văn bản thẩm định đúng tiến độ: 6 tháng đầu năm đạt 97%.');
    expect(found.on_time_rate).toMatchObject({ value: '97' });
    expect(
      extract('Doanh thu du lịch (năm trước 800 tỷ đồng) đạt 950 tỷ đồng.').tourism_revenue,
    ).toMatchObject({
      value: '950',
    });
  });

  it('keeps a count named by a declared label from the common dossier counts', () => {
    const found = extract('Số hồ sơ giải quyết đúng hạn: 1.234 hồ sơ.');
    expect(found.resolved_on_time).toMatchObject({ value: '1234', unit: 'hồ sơ' });
    expect(found.admin_dossiers_resolved).toBeUndefined();
  });

  it('leaves the common indicators as they were, and lists the declared ones after them', () => {
    const body =
      'Giá trị sản xuất công nghiệp ước đạt 14.103,4 tỷ đồng, đạt 44,6% kế hoạch. Doanh thu du lịch đạt 950 tỷ đồng.';
    const keys = extractIndicators([{ body }], { periodMonths: 6, declared: DECLARED }).map((i) => i.key);
    expect(keys).toEqual(['industrial_output_value', 'tourism_revenue']);
    const { source, ...figures } = extract(body).industrial_output_value;
    const { source: before, ...asBefore } = extract(body, []).industrial_output_value;
    expect(figures).toEqual(asBefore);
    // Without the declaration, the next sentence's "950 tỷ đồng" was the common indicator's (then dropped).
    expect(before).toContain('Doanh thu du lịch');
    expect(source).toBe('Giá trị sản xuất công nghiệp ước đạt 14.103,4 tỷ đồng, đạt 44,6% kế hoạch.');
  });

  it('reads the rows of a Word table, keeping the row as its source', () => {
    const report = importMarkdown(
      [
        '# I. KẾT QUẢ THỰC HIỆN',
        '| STT | Chỉ tiêu | ĐVT | Thực hiện 6 tháng | So với KH (%) | So với cùng kỳ (%) |',
        '|---|---|---|---|---|---|',
        '| 1 | Chiều dài đường giao thông nông thôn được cứng hóa | km | 120,5 | 60,2 | 110 |',
        '| 2 | Doanh thu du lịch | Tỷ đồng | 1.234,5 | 44,6 | 114,9 |',
      ].join('\n'),
      undefined,
      { declared: DECLARED },
    );
    const byKey = Object.fromEntries(report.indicators.map((i) => [i.key, i]));
    expect(byKey.rural_roads).toMatchObject({
      value: '120.5',
      unit: 'km',
      percentOfPlan: '60.2',
      changeVsSamePeriodPercent: '10',
      source:
        'Chiều dài đường giao thông nông thôn được cứng hóa: Thực hiện 6 tháng đạt 120,5 km; đạt 60,2% so với kế hoạch; bằng 110% so với cùng kỳ.',
    });
    expect(byKey.tourism_revenue).toMatchObject({ value: '1234.5', percentOfPlan: '44.6' });
  });

  it('finds none of them in an import that was given no declarations', () => {
    const report = importMarkdown('Doanh thu du lịch đạt 950 tỷ đồng.');
    expect(report.indicators).toEqual([]);
  });
});

describe('phrasePattern', () => {
  const matches = (label: string, text: string) => wordMatches(text, phrasePattern(label)).map((m) => m[0]);

  it('matches whole words only', () => {
    expect(matches('Số xã', 'Số xã đạt chuẩn')).toEqual(['Số xã']);
    expect(matches('Số xã', 'Số xãx')).toEqual([]);
    expect(matches('hòa giải', 'chòa giải')).toEqual([]);
  });

  it('varies only a syllable-final oa/oe/uy, never "quý" or "hoàn"', () => {
    expect(matches('Ủy ban', 'Uỷ ban nhân dân')).toEqual(['Uỷ ban']);
    expect(matches('khỏe', 'sức khoẻ')).toEqual(['khoẻ']);
    expect(matches('quý', 'qúy')).toEqual([]);
    expect(matches('hoàn thành', 'hòan thành')).toEqual([]);
  });

  it('reads a label with signs of regular expressions as plain text', () => {
    expect(matches('Tỷ lệ (%) hộ nghèo', 'Tỷ lệ (%) hộ nghèo giảm')).toEqual(['Tỷ lệ (%) hộ nghèo']);
  });
});

describe('declared indicators keep the import linear', () => {
  const ADVERSARIAL: Record<string, (n: number) => string> = {
    'a label prefix repeated': (n) => `${'Tỷ lệ văn bản thẩm định '.repeat(n / 24)}đạt 1%`,
    'a label and its number repeated': (n) => 'Số vụ việc hòa giải: 1 vụ việc; '.repeat(n / 32),
    'numbers in a declared unit': (n) =>
      `Chiều dài đường giao thông nông thôn được cứng hóa ${'1 km '.repeat(n / 5)}`,
  };
  it.each(Object.entries(ADVERSARIAL))('%s: 4 × the input, at most ~4 × the work', (_name, make) => {
    const options = { declared: DECLARED };
    const small = regexWork(() => importMarkdown(make(20_000), undefined, options));
    const large = regexWork(() => importMarkdown(make(80_000), undefined, options));
    expect(small).toBeGreaterThan(0);
    expect(large / small).toBeLessThan(5.5);
  });
});

describe('declared indicators through the document thread', () => {
  let pool: DocumentWorkerPool;
  afterEach(() => pool.close());

  it('passes the declarations to the thread that reads the file', async () => {
    pool = new DocumentWorkerPool({ size: 1 });
    const file = Buffer.from('Tỷ lệ văn bản thẩm định đúng tiến độ đạt 96,5%.');
    const report = await pool.importReport('bao-cao.md', file, { declared: DECLARED });
    expect(report.indicators).toEqual([
      expect.objectContaining({ key: 'on_time_rate', value: '96.5', unit: '%' }),
    ]);
  }, 60_000);
});
