import { declaredIndicators, declaredIndicatorsOf } from './group-indicators';

describe('declaredIndicators', () => {
  it("reads a format 2 document's indicators with their label and unit", () => {
    const document = {
      format: 2,
      indicators: [
        { key: 'cases_resolved', label: 'Tỷ lệ việc giải quyết so với chỉ tiêu', unit: '%' },
        { key: 'mediations', label: ' Số vụ việc hòa giải ' },
      ],
    };
    expect(declaredIndicators(document)).toEqual([
      { key: 'cases_resolved', label: 'Tỷ lệ việc giải quyết so với chỉ tiêu', unit: '%' },
      { key: 'mediations', label: 'Số vụ việc hòa giải', unit: null },
    ]);
  });

  it('finds none in a format 1 document, or in anything that is not a document', () => {
    expect(declaredIndicators({ format: 1, criteria: [] })).toEqual([]);
    expect(declaredIndicators(null)).toEqual([]);
    expect(declaredIndicators('indicators')).toEqual([]);
    expect(declaredIndicators({ indicators: { key: 'a', label: 'A' } })).toEqual([]);
  });

  it('skips what is not a declaration (no label, a key the engine would refuse) and a key given twice', () => {
    const document = {
      indicators: [
        { key: 'ok', label: 'Số hộ thoát nghèo', unit: 'hộ' },
        { key: 'Bad Key', label: 'Tên' },
        { key: 'no_label', label: '  ' },
        { key: 'ok', label: 'Lần thứ hai' },
        'cases',
        { key: 'unit_not_text', label: 'Số xã', unit: 5 },
      ],
    };
    expect(declaredIndicators(document)).toEqual([
      { key: 'ok', label: 'Số hộ thoát nghèo', unit: 'hộ' },
      { key: 'unit_not_text', label: 'Số xã', unit: null },
    ]);
  });

  it('reads a key as the engine accepts it, capitals included', () => {
    expect(declaredIndicators({ indicators: [{ key: 'OnTime_2', label: 'Đúng hạn' }] })).toEqual([
      { key: 'OnTime_2', label: 'Đúng hạn', unit: null },
    ]);
  });

  it("of a report's groups, keeps each key once, named as the first group names it", () => {
    const a = { indicators: [{ key: 'on_time_rate', label: 'Tỷ lệ văn bản đúng tiến độ', unit: '%' }] };
    const b = {
      indicators: [
        { key: 'on_time_rate', label: 'Tỷ lệ văn bản thẩm định đúng hạn', unit: '%' },
        { key: 'mediations', label: 'Số vụ việc hòa giải', unit: 'vụ việc' },
      ],
    };
    expect(declaredIndicatorsOf([a, undefined, b])).toEqual([
      { key: 'on_time_rate', label: 'Tỷ lệ văn bản đúng tiến độ', unit: '%' },
      { key: 'mediations', label: 'Số vụ việc hòa giải', unit: 'vụ việc' },
    ]);
  });
});
