import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { initTestI18n } from '../../shared/i18n/testing';
import { IndicatorsTable } from './indicators-table';
import { groupIndicators, indicatorRows } from './regulation';

initTestI18n();

/** A report addressed to a group whose format 2 regulation declares one indicator of its own. */
const groups = [
  {
    regulation: {
      document: {
        format: 2,
        indicators: [{ key: 'on_time_rate', label: 'Tỷ lệ văn bản thẩm định đúng tiến độ', unit: '%' }],
      },
    },
  },
];
const held = [
  {
    key: 'industrial_output_value',
    label: 'Giá trị sản xuất công nghiệp',
    unit: 'tỷ đồng',
    percentOfPlan: '44.6',
  },
];
const rows = indicatorRows(held, groupIndicators(groups));

describe('IndicatorsTable', () => {
  it("lists the group's declared indicator with its label and unit beside the report's figures", () => {
    render(
      <IndicatorsTable
        rows={rows}
        values={{ industrial_output_value: '14103.4' }}
        editable
        onChange={jest.fn()}
      />,
    );
    const table = screen.getByRole('group', { name: 'Chỉ tiêu' });
    const [common, own] = within(table)
      .getAllByRole('row')
      .slice(1) // the column headers
      .map((row) => within(row).getAllByRole('cell'));
    expect(common[0].textContent).toBe('Giá trị sản xuất công nghiệp');
    expect(common[3].textContent).toBe('44,6');
    // Its label, a line saying whose it is, and the unit of its declaration.
    expect(own[0].textContent).toBe(
      'Tỷ lệ văn bản thẩm định đúng tiến độChỉ tiêu riêng theo quy chế của cụm/khối',
    );
    expect(own[2].textContent).toBe('%');
    expect((screen.getByLabelText('Tỷ lệ văn bản thẩm định đúng tiến độ') as HTMLInputElement).value).toBe(
      '',
    );
    expect((screen.getByLabelText('Giá trị sản xuất công nghiệp') as HTMLInputElement).value).toBe(
      '14.103,4',
    );
  });

  it.each(['14.103,4', '14103,4', '14103.4'])(
    'enters the declared indicator with the same number input: %s',
    async (typed) => {
      const onChange = jest.fn();
      render(<IndicatorsTable rows={rows} values={{}} editable onChange={onChange} />);
      await userEvent.type(screen.getByLabelText('Tỷ lệ văn bản thẩm định đúng tiến độ'), typed);
      expect(onChange).toHaveBeenLastCalledWith('on_time_rate', '14103.4', false);
    },
  );

  it('refuses what is not a number, as for every figure', async () => {
    const onChange = jest.fn();
    render(<IndicatorsTable rows={rows} values={{}} editable onChange={onChange} />);
    const input = screen.getByLabelText('Tỷ lệ văn bản thẩm định đúng tiến độ');
    await userEvent.type(input, '96,5,1');
    await userEvent.tab();
    expect(onChange).toHaveBeenLastCalledWith('on_time_rate', null, true);
    expect(screen.getByText(/Số không hợp lệ/)).toBeTruthy();
  });

  it('says so when the report has no figure and its groups declare none', () => {
    render(
      <IndicatorsTable
        rows={indicatorRows([], groupIndicators([{ regulation: null }]))}
        values={{}}
        editable
        onChange={jest.fn()}
      />,
    );
    expect(screen.getByText('Chưa có chỉ tiêu nào.')).toBeTruthy();
  });
});
