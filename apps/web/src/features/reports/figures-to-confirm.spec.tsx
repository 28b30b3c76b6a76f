import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { initTestI18n } from '../../shared/i18n/testing';
import { FiguresToConfirm } from './figures-to-confirm';

initTestI18n();

const figures = [
  {
    key: 'export_turnover',
    label: 'Kim ngạch xuất khẩu',
    value: '14103.4',
    unit: 'triệu USD',
    source: 'Kim ngạch xuất khẩu ước đạt 14.103,4 triệu USD, bằng 52% kế hoạch năm.',
  },
  {
    key: 'retail_sales',
    label: 'Tổng mức bán lẻ',
    value: '43.36',
    unit: '%',
    source: 'Tổng mức bán lẻ hàng hóa đạt 43,36% kế hoạch.',
  },
];

describe('FiguresToConfirm', () => {
  it('shows each figure read beside its source sentence', () => {
    render(<FiguresToConfirm figures={figures} onConfirm={jest.fn()} />);
    expect(screen.getByText(/Kim ngạch xuất khẩu: 14\.103,4 triệu USD/)).toBeTruthy();
    expect(screen.getByText(figures[0].source)).toBeTruthy();
    expect(screen.getByText(figures[1].source)).toBeTruthy();
    expect((screen.getByLabelText('Sửa số liệu Tổng mức bán lẻ') as HTMLInputElement).value).toBe('43,36');
  });

  it('confirms every key, with a figure corrected the Vietnamese way', async () => {
    const onConfirm = jest.fn();
    render(<FiguresToConfirm figures={figures} onConfirm={onConfirm} />);
    const input = screen.getByLabelText('Sửa số liệu Kim ngạch xuất khẩu');
    await userEvent.clear(input);
    await userEvent.type(input, '14.203,4');
    await userEvent.click(screen.getByRole('button', { name: 'Xác nhận số liệu' }));
    expect(onConfirm).toHaveBeenCalledWith([
      { key: 'export_turnover', value: '14203.4' },
      { key: 'retail_sales', value: '43.36' },
    ]);
  });

  it('refuses to confirm while a correction is not a number', async () => {
    const onConfirm = jest.fn();
    render(<FiguresToConfirm figures={figures} onConfirm={onConfirm} />);
    const input = screen.getByLabelText('Sửa số liệu Tổng mức bán lẻ');
    await userEvent.clear(input);
    await userEvent.type(input, '43,3,6');
    await userEvent.tab();
    expect(screen.getByText(/Số không hợp lệ/)).toBeTruthy();
    const confirm = screen.getByRole('button', { name: 'Xác nhận số liệu' });
    expect((confirm as HTMLButtonElement).disabled).toBe(true);
    // Fixed, it can be confirmed again.
    await userEvent.clear(input);
    await userEvent.type(input, '43,6');
    await userEvent.click(confirm);
    expect(onConfirm).toHaveBeenCalledWith([
      { key: 'export_turnover', value: '14103.4' },
      { key: 'retail_sales', value: '43.6' },
    ]);
  });
});

describe("FiguresToConfirm with a group's own indicator", () => {
  it('shows a declared indicator read from the report beside its sentence, like any figure', async () => {
    const onConfirm = jest.fn();
    const sentence = 'Tỷ lệ văn bản thẩm định đúng tiến độ đạt 96,5%, tăng 2,1% so với cùng kỳ.';
    render(
      <FiguresToConfirm
        figures={[
          {
            key: 'on_time_rate',
            label: 'Tỷ lệ văn bản thẩm định đúng tiến độ',
            value: '96.5',
            unit: '%',
            source: sentence,
          },
        ]}
        onConfirm={onConfirm}
      />,
    );
    expect(screen.getByText(/Tỷ lệ văn bản thẩm định đúng tiến độ: 96,5 %/)).toBeTruthy();
    expect(screen.getByText(sentence)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Xác nhận số liệu' }));
    expect(onConfirm).toHaveBeenCalledWith([{ key: 'on_time_rate', value: '96.5' }]);
  });
});
