import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { YearProvider } from '../../shared/api/year';
import { initTestI18n } from '../../shared/i18n/testing';
import { NotificationBell } from './notification-bell';
import { MARK_NOTIFICATIONS_READ, NOTIFICATIONS } from './notifications.operations';

initTestI18n();
jest.setTimeout(20_000);

const item = (id: string, over: Record<string, unknown>) => ({
  __typename: 'Notification' as const,
  id,
  groupCode: 'KTD-GL',
  groupName: 'Khối thi đua các sở kinh tế',
  year: 2023,
  periodKind: null,
  deadline: null,
  daysLeft: null,
  reason: null,
  createdAt: '2023-06-13T03:00:00Z',
  read: false,
  ...over,
});
const list = (unread: number, items: ReturnType<typeof item>[]): MockLink.MockedResponse => ({
  request: { query: NOTIFICATIONS },
  result: { data: { notifications: { __typename: 'NotificationList', unread, items } } },
});
const items = [
  item('n1', { kind: 'REPORT_DUE', periodKind: 'H1', deadline: '2023-06-20T10:00:00Z', daysLeft: 7 }),
  item('n2', { kind: 'REPORT_RETURNED', periodKind: 'FY', reason: 'Thiếu số liệu xuất khẩu' }),
  item('n3', { kind: 'COVENANT_PUBLISHED', deadline: '2023-03-31T10:00:00Z', read: true }),
];

function renderBell(mocks: MockLink.MockedResponse[]) {
  render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter>
        <YearProvider>
          <NotificationBell />
        </YearProvider>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('NotificationBell', () => {
  it('says how many are unread and lists each as a sentence linking to its page', async () => {
    const user = userEvent.setup();
    renderBell([list(2, items)]);
    await user.click(await screen.findByRole('button', { name: 'Thông báo, 2 chưa đọc' }));
    const dialog = screen.getByRole('dialog', { name: 'Thông báo' });
    const links = within(dialog).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      expect.stringMatching(
        /^Chưa đọc: Khối thi đua các sở kinh tế: còn 7 ngày đến hạn nộp báo cáo 6 tháng đầu năm 2023 \(20\/06\/2023\)\./,
      ),
      expect.stringMatching(/trả lại báo cáo năm 2023 của đơn vị: Thiếu số liệu xuất khẩu/),
      expect.stringMatching(/^Khối thi đua các sở kinh tế đã ban hành giao ước thi đua năm 2023/),
    ]);
    expect(links.map((l) => l.getAttribute('href'))).toEqual([
      '/reports?group=KTD-GL&kind=H1',
      '/reports?group=KTD-GL&kind=FY',
      '/covenant?group=KTD-GL',
    ]);
  });

  it('marks every notification read and shows the count drop', async () => {
    const user = userEvent.setup();
    const marked = jest.fn(() => ({ data: { markNotificationsRead: 2 } }));
    renderBell([
      list(2, items),
      { request: { query: MARK_NOTIFICATIONS_READ, variables: { ids: null } }, result: marked },
      list(
        0,
        items.map((n) => ({ ...n, read: true })),
      ),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Thông báo, 2 chưa đọc' }));
    await user.click(screen.getByRole('button', { name: 'Đánh dấu tất cả là đã đọc' }));
    expect(await screen.findByRole('button', { name: 'Thông báo', hidden: true })).toBeTruthy();
    expect(marked).toHaveBeenCalled();
  });

  it('says when there is nothing yet', async () => {
    const user = userEvent.setup();
    renderBell([list(0, [])]);
    await user.click(await screen.findByRole('button', { name: 'Thông báo' }));
    expect(screen.getByRole('dialog', { name: 'Thông báo' }).textContent).toContain('Chưa có thông báo nào.');
  });
});
