import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { initTestI18n } from '../../shared/i18n/testing';
import { AdminForm, type Field } from './admin-form';
import { email, organizationCode, password } from './admin-validation';

initTestI18n();
jest.setTimeout(30_000);

const FIELDS: Field[] = [
  { name: 'code', label: 'Mã đơn vị', check: organizationCode },
  {
    name: 'kind',
    label: 'Loại đơn vị',
    options: [
      { value: 'DEPARTMENT', label: 'Sở, ngành' },
      { value: 'AWARD_BOARD', label: 'Cơ quan thi đua – khen thưởng' },
    ],
  },
  { name: 'email', label: 'Email đăng nhập', type: 'email', check: email },
  { name: 'password', label: 'Mật khẩu tạm thời', type: 'password', check: password },
  { name: 'province', label: 'Tỉnh, thành phố', optional: true },
];

function renderForm(onSubmit: jest.Mock) {
  render(
    <AdminForm
      title="Thêm đơn vị"
      submitLabel="Thêm đơn vị"
      fields={FIELDS}
      onSubmit={onSubmit}
      refusals={{ CONFLICT: 'Đã có đơn vị dùng mã này. Hãy chọn mã khác.' }}
    />,
  );
  return userEvent.setup({ delay: null });
}

const refusal = (code: string) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'server text', extensions: { code } }] });

describe('AdminForm', () => {
  it('says in Vietnamese what each field lacks, focuses the first, and sends nothing', async () => {
    const onSubmit = jest.fn();
    const user = renderForm(onSubmit);
    await user.type(screen.getByLabelText(/Mã đơn vị/), 'SCT Gia Lai');
    await user.type(screen.getByLabelText(/Mật khẩu tạm thời/), 'ngan');
    await user.click(screen.getByRole('button', { name: 'Thêm đơn vị' }));

    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText(/Mã đơn vị chỉ gồm chữ thường không dấu/)).toBeTruthy();
    expect(screen.getByText('Vui lòng chọn loại đơn vị.')).toBeTruthy();
    expect(screen.getByText('Vui lòng nhập email đăng nhập.')).toBeTruthy();
    expect(screen.getByText('Mật khẩu phải có ít nhất 10 ký tự.')).toBeTruthy();
    expect(screen.getByLabelText(/Mã đơn vị/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText(/Tỉnh, thành phố/).getAttribute('aria-invalid')).toBe('false');
    expect(document.activeElement).toBe(screen.getByLabelText(/Mã đơn vị/));
  });

  it('sends the trimmed values, confirms, and empties the form', async () => {
    const onSubmit = jest.fn().mockResolvedValue('Đã thêm đơn vị.');
    const user = renderForm(onSubmit);
    await user.type(screen.getByLabelText(/Mã đơn vị/), ' sct-kon-tum ');
    await user.selectOptions(screen.getByLabelText(/Loại đơn vị/), 'DEPARTMENT');
    await user.type(screen.getByLabelText(/Email đăng nhập/), 'vanthu@sct.gov.vn');
    await user.type(screen.getByLabelText(/Mật khẩu tạm thời/), 'Tam-thoi 2025');
    await user.click(screen.getByRole('button', { name: 'Thêm đơn vị' }));

    expect(onSubmit).toHaveBeenCalledWith({
      code: 'sct-kon-tum',
      kind: 'DEPARTMENT',
      email: 'vanthu@sct.gov.vn',
      password: 'Tam-thoi 2025',
      province: '',
    });
    expect((await screen.findByRole('status')).textContent).toBe('Đã thêm đơn vị.');
    expect(screen.getByLabelText<HTMLInputElement>(/Mã đơn vị/).value).toBe('');
  });

  it.each([
    ['CONFLICT', 'Đã có đơn vị dùng mã này. Hãy chọn mã khác.'],
    ['FORBIDDEN', 'Bạn không có quyền thực hiện thao tác này.'],
  ])(
    'shows a %s refusal as a sentence, never the server text, and keeps the values',
    async (code, sentence) => {
      const onSubmit = jest.fn().mockRejectedValue(refusal(code));
      const user = renderForm(onSubmit);
      await user.type(screen.getByLabelText(/Mã đơn vị/), 'sct-gia-lai');
      await user.selectOptions(screen.getByLabelText(/Loại đơn vị/), 'DEPARTMENT');
      await user.type(screen.getByLabelText(/Email đăng nhập/), 'a@b.vn');
      await user.type(screen.getByLabelText(/Mật khẩu tạm thời/), 'Tam-thoi 2025');
      await user.click(screen.getByRole('button', { name: 'Thêm đơn vị' }));

      expect((await screen.findByRole('alert')).textContent).toBe(sentence);
      expect(screen.queryByText('server text')).toBeNull();
      expect(screen.getByLabelText<HTMLInputElement>(/Mã đơn vị/).value).toBe('sct-gia-lai');
    },
  );
});
