import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { initTestI18n } from '../i18n/testing';
import { NumberInput } from './number-input';

initTestI18n();

function Harness({ onValue }: { onValue: (v: string | null, refused: boolean) => void }) {
  const [value, setValue] = useState<string | null>(null);
  return (
    <NumberInput
      label="Kim ngạch xuất khẩu"
      value={value}
      onChange={(v, refused) => {
        setValue(v);
        onValue(v, refused);
      }}
    />
  );
}

describe('NumberInput', () => {
  it.each([
    ['14.103,4', '14103.4'],
    ['14103,4', '14103.4'],
    ['14103.4', '14103.4'],
  ])('accepts %s as %s and shows it the Vietnamese way', async (typed, decimal) => {
    const onValue = jest.fn();
    render(<Harness onValue={onValue} />);
    const input = screen.getByLabelText('Kim ngạch xuất khẩu');
    await userEvent.type(input, typed);
    await userEvent.tab();
    expect(onValue).toHaveBeenLastCalledWith(decimal, false);
    expect(input).toHaveProperty('value', '14.103,4');
    expect(input.getAttribute('aria-invalid')).toBe('false');
  });

  it.each(['14,103.4', 'mười bốn', '1.2.3', '12 000'])('refuses %s with a message', async (typed) => {
    const onValue = jest.fn();
    render(<Harness onValue={onValue} />);
    const input = screen.getByLabelText('Kim ngạch xuất khẩu');
    await userEvent.type(input, typed);
    expect(onValue).toHaveBeenLastCalledWith(null, true);
    expect(screen.queryByText('Số không hợp lệ. Hãy nhập theo dạng 14.103,4 hoặc 14103,4.')).toBeNull();
    await userEvent.tab();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input).toHaveProperty('value', typed);
    expect(screen.getByText('Số không hợp lệ. Hãy nhập theo dạng 14.103,4 hoặc 14103,4.')).toBeTruthy();
  });

  it('takes the message away once the number is corrected', async () => {
    render(<Harness onValue={jest.fn()} />);
    const input = screen.getByLabelText('Kim ngạch xuất khẩu');
    await userEvent.type(input, '14,103.4');
    await userEvent.tab();
    await userEvent.clear(input);
    await userEvent.type(input, '14103,4');
    expect(input.getAttribute('aria-invalid')).toBe('false');
    expect(screen.queryByText('Số không hợp lệ. Hãy nhập theo dạng 14.103,4 hoặc 14103,4.')).toBeNull();
  });
});
