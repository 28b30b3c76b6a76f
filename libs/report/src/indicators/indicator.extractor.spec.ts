import type { Indicator } from '../document/report-document.model';
import { extractIndicators } from './indicator.extractor';

type Figures = Partial<
  Pick<Indicator, 'value' | 'unit' | 'percentOfPlan' | 'changeVsSamePeriodPercent' | 'qualifier'>
>;

function extract(body: string, periodMonths: number | null = 6): Record<string, Figures> {
  const found: Record<string, Figures> = {};
  for (const i of extractIndicators([{ body }], { periodMonths })) {
    found[i.key] = {
      value: i.value,
      unit: i.unit,
      percentOfPlan: i.percentOfPlan,
      changeVsSamePeriodPercent: i.changeVsSamePeriodPercent,
      qualifier: i.qualifier,
    };
  }
  return found;
}

const figures = (f: Figures): Figures => ({
  value: null,
  unit: null,
  percentOfPlan: null,
  changeVsSamePeriodPercent: null,
  qualifier: null,
  ...f,
});

describe('extractIndicators', () => {
  it("reads a month's report: the month is the report's period, a running total is not", () => {
    const body =
      'Giá trị sản xuất công nghiệp tháng 5 năm 2022 ước đạt 1.234,5 tỷ đồng, tăng 12,3% so với cùng kỳ; lũy kế 5 tháng đạt 5.678,9 tỷ đồng, tăng 10,1% so với cùng kỳ.';
    expect(extract(body, 1).industrial_output_value).toEqual(
      figures({ value: '1234.5', unit: 'tỷ đồng', changeVsSamePeriodPercent: '12.3' }),
    );
    // The same sentence in a five-month report: the running total, not the month.
    expect(extract(body, 5).industrial_output_value).toEqual(
      figures({ value: '5678.9', unit: 'tỷ đồng', changeVsSamePeriodPercent: '10.1' }),
    );
  });

  describe('reads the whole-period figure, not the month', () => {
    it.each<[string, string, string, Figures]>([
      [
        'month first, then the six months',
        'Tổng giá trị sản xuất công nghiệp (giá so sánh 2010) ước thực hiện tháng 6 ước đạt 1.935 tỷ đồng, 6 tháng ước đạt 14.103,4 tỷ đồng, đạt 44,6% kế hoạch và tăng 14,9% so với cùng kỳ.',
        'industrial_output_value',
        { value: '14103.4', unit: 'tỷ đồng', percentOfPlan: '44.6', changeVsSamePeriodPercent: '14.9' },
      ],
      [
        'lũy kế',
        'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tháng 6 ước đạt 8.242 tỷ đồng, lũy kế 6 tháng đạt 46.828 tỷ đồng, đạt 43,36% kế hoạch và tăng 28,32% so với cùng kỳ.',
        'retail_sales',
        { value: '46828', unit: 'tỷ đồng', percentOfPlan: '43.36', changeVsSamePeriodPercent: '28.32' },
      ],
      [
        'the period before the subject',
        'Lũy kế 6 tháng đầu năm, kim ngạch xuất khẩu ước đạt 420 triệu USD, bằng 61,67% kế hoạch năm, tăng 5,2% so với cùng kỳ năm trước.',
        'export_value',
        { value: '420', unit: 'triệu USD', percentOfPlan: '61.67', changeVsSamePeriodPercent: '5.2' },
      ],
      [
        'the month figure after the cumulative one, with its own change',
        'Giá trị xuất khẩu 6 tháng đạt 420 triệu USD, giảm 3% so với cùng kỳ; riêng tháng 6 đạt 60 triệu USD, tăng 12% so với cùng kỳ.',
        'export_value',
        { value: '420', unit: 'triệu USD', changeVsSamePeriodPercent: '-3' },
      ],
      [
        'a synonym, tỷ USD and an unrelated plan amount in parentheses',
        'Lũy kế 6 tháng, giá trị hàng hóa nhập khẩu đạt 0,23 tỷ USD (kế hoạch 110 triệu USD), giảm 32% so cùng kỳ.',
        'import_value',
        { value: '230', unit: 'triệu USD', changeVsSamePeriodPercent: '-32' },
      ],
      [
        'the comparisons written before the numbers',
        'So với kế hoạch, tổng mức bán lẻ hàng hóa 6 tháng đạt 45%; so với cùng kỳ tăng 20%.',
        'retail_sales',
        { percentOfPlan: '45', changeVsSamePeriodPercent: '20' },
      ],
      [
        'the plan written as an amount before the result',
        'Kế hoạch năm 2023 giao 31.600 tỷ đồng; giá trị sản xuất công nghiệp 6 tháng đạt 14.103,4 tỷ đồng, vượt kế hoạch 5%.',
        'industrial_output_value',
        { value: '14103.4', unit: 'tỷ đồng', percentOfPlan: '105' },
      ],
      [
        'the plan amount between the subject and the result',
        'Giá trị sản xuất công nghiệp 6 tháng: Kế hoạch năm 31.600 tỷ đồng, thực hiện 14.103,4 tỷ đồng, đạt 44,6%.',
        'industrial_output_value',
        { value: '14103.4', unit: 'tỷ đồng' },
      ],
      [
        "last year's amount written before this year's",
        'Kim ngạch nhập khẩu cùng kỳ năm trước 87 triệu USD; lũy kế 6 tháng năm nay đạt 59 triệu USD.',
        'import_value',
        { value: '59', unit: 'triệu USD' },
      ],
    ])('%s', (_name, body, key, expected) => {
      expect(extract(body)[key]).toEqual(figures(expected));
    });

    it('keeps no value when only one month is stated', () => {
      expect(extract('Kim ngạch xuất khẩu tháng 6 đạt 60 triệu USD.')).toEqual({});
    });

    it('does not take a full-year forecast for a mid-year figure', () => {
      const body =
        'Kim ngạch xuất khẩu 6 tháng đạt 420 triệu USD; ước cả năm đạt 900 triệu USD. Xuất khẩu ước cả năm 850 triệu USD.';
      expect(extract(body).export_value.value).toBe('420');
    });

    it('reads the year-end figure of a year-end report', () => {
      const body =
        'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ cả năm 2023 ước đạt 95.500 tỷ đồng, vượt 5,2% kế hoạch, tăng 12% so với cùng kỳ; 6 tháng cuối năm đạt 49.000 tỷ đồng.';
      expect(extract(body, 12).retail_sales).toEqual(
        figures({ value: '95500', unit: 'tỷ đồng', percentOfPlan: '105.2', changeVsSamePeriodPercent: '12' }),
      );
    });

    it('takes "năm 2023" as the whole year only in a year-end report', () => {
      const body = 'Năm 2023, kim ngạch xuất khẩu đạt 800 triệu USD, đạt 95% kế hoạch.';
      expect(extract(body, 12).export_value.value).toBe('800');
      expect(extract(body, 6).export_value.value).toBe('800');
    });

    it('ignores targets of the coming period', () => {
      expect(extract('Phấn đấu kim ngạch xuất khẩu 6 tháng cuối năm đạt 500 triệu USD, tăng 10%.')).toEqual(
        {},
      );
    });
  });

  describe('reads % of plan and change the ways reporters write them', () => {
    it.each<[string, Figures]>([
      ['tăng 28% so với kế hoạch', { percentOfPlan: '128' }],
      ['vượt 28% kế hoạch', { percentOfPlan: '128' }],
      ['thấp hơn 10% so với kế hoạch', { percentOfPlan: '90' }],
      ['đạt 44,6% KH năm', { percentOfPlan: '44.6' }],
      ['bằng 50% chỉ tiêu được giao', { percentOfPlan: '50' }],
      ['giảm 32% so cùng kỳ', { changeVsSamePeriodPercent: '-32' }],
      ['tăng 14,9% so với cùng kỳ năm 2022', { changeVsSamePeriodPercent: '14.9' }],
      ['bằng 95% so với cùng kỳ', { changeVsSamePeriodPercent: '-5' }],
      ['đạt 111,3% so với cùng kỳ', { changeVsSamePeriodPercent: '11.3' }],
      ['tương đương cùng kỳ', { changeVsSamePeriodPercent: '0' }],
      ['tăng hơn 15%', { changeVsSamePeriodPercent: '15' }],
      ['giảm 3% so với tháng trước', {}],
    ])('"%s"', (phrase, expected) => {
      const result = extract(`Kim ngạch xuất khẩu 6 tháng đạt 420 triệu USD, ${phrase}.`).export_value;
      expect(result).toEqual(figures({ value: '420', unit: 'triệu USD', ...expected }));
    });

    it('keeps the qualifier of the value, or of the first figure when there is no value', () => {
      expect(
        extract('Kim ngạch xuất khẩu 6 tháng đạt gần 420 triệu USD, tăng hơn 15%.').export_value.qualifier,
      ).toBe('gần');
      expect(
        extract('Chỉ số sản xuất công nghiệp 6 tháng tăng khoảng 11%.').industrial_production_index,
      ).toEqual(figures({ changeVsSamePeriodPercent: '11', qualifier: 'khoảng' }));
    });

    it('reads the production index change whether written as a rise or as a percentage of last year', () => {
      expect(extract('Chỉ số sản xuất công nghiệp ước thực hiện 6 tháng tăng 11,3% so với cùng kỳ.')).toEqual(
        {
          industrial_production_index: figures({ changeVsSamePeriodPercent: '11.3' }),
        },
      );
      expect(
        extract('Chỉ số sản xuất công nghiệp (IIP) 6 tháng đầu năm ước đạt 111,3% so với cùng kỳ.'),
      ).toEqual({
        industrial_production_index: figures({ changeVsSamePeriodPercent: '11.3' }),
      });
    });
  });

  describe('units', () => {
    it.each<[string, string, string]>([
      ['Doanh thu bán lẻ hàng hóa 6 tháng đạt 1,2 nghìn tỷ đồng.', 'retail_sales', '1200'],
      ['Doanh thu bán lẻ hàng hóa 6 tháng đạt 950 triệu đồng.', 'retail_sales', '0.95'],
      ['Doanh thu bán lẻ hàng hóa 6 tháng đạt 46.828 tỷ.', 'retail_sales', '46828'],
      ['Kim ngạch xuất khẩu 6 tháng đạt 55,041 tỷ USD.', 'export_value', '55041'],
      ['Kim ngạch xuất khẩu 6 tháng đạt 250.000 USD.', 'export_value', '0.25'],
    ])('%s', (body, key, value) => {
      expect(extract(body)[key].value).toBe(value);
    });

    it('does not read an amount in the wrong currency', () => {
      expect(extract('Kim ngạch xuất khẩu 6 tháng đạt 9.500 tỷ đồng.')).toEqual({});
    });
  });

  describe('sub-figures never overwrite the headline', () => {
    it('keeps each sub-sector under its own key', () => {
      const found = extract(
        'Chỉ số sản xuất công nghiệp ước thực hiện 6 tháng tăng 11,3% so với cùng kỳ. Trong đó: công nghiệp khai khoáng tăng 12,05%; công nghiệp chế biến, chế tạo tăng 20,3%; công nghiệp sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước và điều hòa không khí tăng 4,05%; cung cấp nước, quản lý và xử lý rác thải, nước thải tăng 2,3%.',
      );
      expect(
        Object.fromEntries(Object.entries(found).map(([k, f]) => [k, f.changeVsSamePeriodPercent])),
      ).toEqual({
        industrial_production_index: '11.3',
        'industrial_production_index.mining': '12.05',
        'industrial_production_index.manufacturing': '20.3',
        'industrial_production_index.electricity': '4.05',
        'industrial_production_index.water_supply': '2.3',
      });
    });

    it('reads a sector named with the headline words as the sector', () => {
      const found = extract(
        'Giá trị sản xuất công nghiệp 6 tháng đạt 14.103,4 tỷ đồng. Giá trị sản xuất ngành công nghiệp chế biến, chế tạo đạt 9.000 tỷ đồng.',
      );
      expect(found.industrial_output_value.value).toBe('14103.4');
      expect(found['industrial_output_value.manufacturing'].value).toBe('9000');
    });

    it('carries the parent to sub-sectors listed in the next items', () => {
      const body = [
        '- Chỉ số sản xuất công nghiệp 6 tháng tăng 8,5% so với cùng kỳ, trong đó:',
        '- Ngành khai khoáng tăng 12%;',
        '- Ngành chế biến, chế tạo tăng 9%.',
        '- Thu hút đầu tư vào công nghiệp chế biến, chế tạo tăng 40%.',
      ].join('\n');
      expect(Object.keys(extract(body))).toEqual([
        'industrial_production_index',
        'industrial_production_index.mining',
        'industrial_production_index.manufacturing',
      ]);
    });

    it('keeps the border-trade export and import apart from the province totals', () => {
      const found = extract(
        [
          'Kim ngạch xuất khẩu lũy kế 6 tháng đạt 420 triệu USD.',
          '',
          'Tổng kim ngạch xuất nhập khẩu qua biên giới ước 6 tháng đạt 74 triệu USD, giảm 10,8% so với cùng kỳ. Trong đó, xuất khẩu đạt 20 triệu USD; nhập khẩu đạt 54 triệu USD).',
        ].join('\n'),
      );
      expect(found.export_value.value).toBe('420');
      expect(found.import_value).toBeUndefined();
      expect(found.border_trade_value).toEqual(
        figures({ value: '74', unit: 'triệu USD', changeVsSamePeriodPercent: '-10.8' }),
      );
      expect(found['border_trade_value.export'].value).toBe('20');
      expect(found['border_trade_value.import'].value).toBe('54');
    });

    it('reads elliptical export and import under a total-trade sentence as the headline figures', () => {
      const found = extract(
        'Tổng kim ngạch xuất nhập khẩu 6 tháng đạt 650 triệu USD, trong đó xuất khẩu 420 triệu USD, nhập khẩu 230 triệu USD.',
      );
      expect(found.export_value.value).toBe('420');
      expect(found.import_value.value).toBe('230');
    });

    it('does not take a bare "xuất khẩu" far from any number as a subject', () => {
      const found = extract(
        'Kim ngạch xuất khẩu 6 tháng đạt 420 triệu USD; mặt hàng xuất khẩu chủ lực là cà phê, tăng 5% so với cùng kỳ.',
      );
      expect(found.export_value.changeVsSamePeriodPercent).toBe('5');
    });
  });

  describe('administrative procedures and tasks', () => {
    it('reads received, resolved, online and their share from one paragraph', () => {
      const found = extract(
        'Từ ngày 15/12/2022 đến 31/5/2023, Sở Công Thương tiếp nhận 10.042 hồ sơ thủ tục hành chính thuộc các lĩnh vực ngành, đã giải quyết và trả kết quả 9.946 hồ sơ cho các tổ chức, cá nhân, không có hồ sơ giải quyết trễ hạn. Từ đầu năm đến nay, đã tiếp nhận và giải quyết 9.816 hồ sơ thủ tục hành chính qua dịch vụ công trực tuyến mức độ 3 và mức độ 4, chiếm hơn 98% hồ sơ được giải quyết.',
      );
      expect(found).toEqual({
        admin_dossiers_received: figures({ value: '10042', unit: 'hồ sơ' }),
        admin_dossiers_resolved: figures({ value: '9946', unit: 'hồ sơ' }),
        online_dossiers: figures({ value: '9816', unit: 'hồ sơ' }),
        online_dossier_rate: figures({ value: '98', unit: '%', qualifier: 'hơn' }),
      });
    });

    it('reads counts whose unit is written first, and a named online rate', () => {
      const found = extract(
        'Số hồ sơ tiếp nhận là 1.250; số hồ sơ đã giải quyết là 1.200, trong đó trực tuyến 1.100 hồ sơ. Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 88%, tăng 5% so với cùng kỳ.',
      );
      expect(found.admin_dossiers_received.value).toBe('1250');
      expect(found.admin_dossiers_resolved.value).toBe('1200');
      expect(found.online_dossiers.value).toBe('1100');
      expect(found.online_dossier_rate).toEqual(
        figures({ value: '88', unit: '%', changeVsSamePeriodPercent: '5' }),
      );
    });

    it('reads a change stated after a count', () => {
      expect(extract('Sở tiếp nhận 500 hồ sơ, tăng 15% so với cùng kỳ.').admin_dossiers_received).toEqual(
        figures({ value: '500', unit: 'hồ sơ', changeVsSamePeriodPercent: '15' }),
      );
    });

    it.each([
      ['Đến nay, Sở đã triển khai thực hiện 23 nhiệm vụ do UBND giao, đảm bảo chất lượng.', '23'],
      ['Sở đã hoàn thành 23/25 nhiệm vụ được giao.', '23'],
      ['Số nhiệm vụ được giao đã hoàn thành là 23.', '23'],
    ])('reads assigned tasks in "%s"', (body, value) => {
      expect(extract(body).assigned_tasks_completed).toEqual(figures({ value, unit: 'nhiệm vụ' }));
    });

    it('does not read figures that belong to nothing in the catalog', () => {
      expect(
        extract(
          'Đến nay, trên địa bàn tỉnh có 220/220 xã sử dụng điện lưới quốc gia (đạt tỷ lệ 100%) với 478.395/478.833 hộ dân sử dụng điện, chiếm tỷ lệ 99,9%. Tổng số công chức là 50 người.',
        ),
      ).toEqual({});
    });
  });

  it('keeps the first figure stated and fills what is missing from later statements', () => {
    const indicators = extractIndicators([
      { body: 'Kim ngạch xuất khẩu 6 tháng đạt 420 triệu USD.' },
      { body: 'Kim ngạch xuất khẩu 6 tháng đạt 425 triệu USD, đạt 61,67% kế hoạch.' },
    ]);
    expect(indicators).toEqual([
      {
        key: 'export_value',
        label: 'Kim ngạch xuất khẩu',
        value: '420',
        unit: 'triệu USD',
        percentOfPlan: '61.67',
        changeVsSamePeriodPercent: null,
        qualifier: null,
        source:
          'Kim ngạch xuất khẩu 6 tháng đạt 420 triệu USD. Kim ngạch xuất khẩu 6 tháng đạt 425 triệu USD, đạt 61,67% kế hoạch.',
      },
    ]);
  });

  it('quotes the sentence without footnote references or emphasis', () => {
    const [indicator] = extractIndicators([
      { body: '- **Kim ngạch xuất khẩu** 6 tháng đạt 420 triệu USD<sup>2</sup>. Câu khác.' },
    ]);
    expect(indicator.source).toBe('Kim ngạch xuất khẩu 6 tháng đạt 420 triệu USD.');
  });
});
