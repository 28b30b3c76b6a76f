import { GraphQLError } from 'graphql';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ExplanationRoundFieldsFragment } from '../../gql/graphql';
import { initTestI18n } from '../../shared/i18n/testing';
import { DECIDE_EXPLANATION, EXPLAIN_SCORE } from './explanations.operations';
import { HeadRound } from './head-round';
import { MemberRound } from './member-round';

initTestI18n();
jest.setTimeout(20_000);

const member = { __typename: 'Organization' as const, id: 'sct-b', code: 'sct-b', name: 'Sở B' };
const item = (criterionId: string, self: string, head: string, explanation: unknown = null) => ({
  __typename: 'ExplanationItem' as const,
  member,
  criterionId,
  title: `Tiêu chí ${criterionId}`,
  selfPoints: self,
  headPoints: head,
  headReason: self === head ? null : 'Thiếu minh chứng',
  disputed: self !== head,
  explanation,
});
const round = (items: ReturnType<typeof item>[], open = true) =>
  ({
    __typename: 'ExplanationRound',
    window: {
      __typename: 'ExplanationWindow',
      id: 'w1',
      openedAt: '2023-12-08T02:00:00Z',
      deadline: '2023-12-15T16:59:59Z',
      open,
      closedAt: null,
      closeReason: null,
    },
    items,
    membersToExplain: [],
    explanationsToDecide: 0,
  }) as ExplanationRoundFieldsFragment;
const ref = { groupCode: 'CTD-VIII', year: 2023, kind: 'FY' as const };

describe('MemberRound', () => {
  it("shows each self-score beside the head's, and offers to explain only the differing ones", () => {
    render(
      <MockedProvider mocks={[]}>
        <MemberRound {...ref} round={round([item('1.4', '18', '12'), item('3', '15', '15')])} />
      </MockedProvider>,
    );
    expect(screen.getByText('Đang mở giải trình đến 15/12/2023 23:59.', { exact: false })).toBeTruthy();
    expect(
      screen.getByRole('row', { name: /^1\.4 Tiêu chí 1\.4 18 12 Thiếu minh chứng Chưa giải trình$/ }),
    ).toBeTruthy();
    expect(screen.getByRole('row', { name: /^3 Tiêu chí 3 15 15 — Trùng điểm tự chấm$/ })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Giải trình 1.4' })).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Giải trình 3' })).toBeNull();
  });

  it('offers no form once the window is closed, and says so before it opens', () => {
    const { rerender } = render(
      <MockedProvider mocks={[]}>
        <MemberRound {...ref} round={round([item('1.4', '18', '12')], false)} />
      </MockedProvider>,
    );
    expect(screen.queryByRole('textbox', { name: 'Giải trình 1.4' })).toBeNull();
    rerender(
      <MockedProvider mocks={[]}>
        <MemberRound {...ref} round={null} />
      </MockedProvider>,
    );
    expect(screen.getByText('Cụm/khối trưởng chưa mở giải trình kỳ này.')).toBeTruthy();
  });

  it("shows the server's sentence when the explanation is refused", async () => {
    const user = userEvent.setup();
    const refused: MockLink.MockedResponse = {
      request: {
        query: EXPLAIN_SCORE,
        variables: { input: { ...ref, criterionId: '1.4', text: 'Có quyết định', evidence: [] } },
      },
      result: {
        errors: [
          new GraphQLError('Đã hết hạn', {
            extensions: {
              code: 'CONFLICT',
              problems: [{ path: 'explanation', message: 'Đã hết hạn giải trình.' }],
            },
          }),
        ],
      },
    };
    render(
      <MockedProvider mocks={[refused]}>
        <MemberRound {...ref} round={round([item('1.4', '18', '12')])} />
      </MockedProvider>,
    );
    await user.type(screen.getByRole('textbox', { name: 'Giải trình 1.4' }), 'Có quyết định');
    await user.click(screen.getByRole('button', { name: 'Gửi giải trình 1.4' }));
    expect(await screen.findByText('Đã hết hạn giải trình.')).toBeTruthy();
  });
});

describe('HeadRound', () => {
  const explained = item('1.4', '18', '12', {
    __typename: 'Explanation',
    id: 'e1',
    text: 'Có quyết định công nhận',
    explainedAt: '2023-12-10T03:00:00Z',
    decision: null,
    secondPoints: null,
    secondReason: null,
    evidence: [],
  });

  it('asks for points before a second-round score, and keeps the first round without a reason', async () => {
    const user = userEvent.setup();
    const keep: MockLink.MockedResponse = {
      request: {
        query: DECIDE_EXPLANATION,
        variables: { input: { explanationId: 'e1', keep: true, points: null, reason: null } },
      },
      result: { data: { decideExplanation: round([explained]) } },
    };
    render(
      <MockedProvider mocks={[keep]}>
        <HeadRound {...ref} round={round([explained])} />
      </MockedProvider>,
    );
    expect(screen.getByText('Nội dung giải trình: Có quyết định công nhận')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Chấm vòng hai sct-b 1.4' }));
    expect(screen.getByRole('alert').textContent).toBe('Hãy nhập điểm vòng hai, hoặc chọn giữ nguyên điểm.');
    await user.click(screen.getByRole('button', { name: 'Giữ nguyên điểm sct-b 1.4' }));
    expect(await screen.findByText('Đã ghi vòng hai cho Sở B, tiêu chí 1.4.')).toBeTruthy();
  });

  it('offers to open the round with a deadline before it is opened', () => {
    render(
      <MockedProvider mocks={[]}>
        <HeadRound {...ref} round={null} />
      </MockedProvider>,
    );
    expect(screen.getByLabelText('Hạn giải trình')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Mở giải trình' })).toBeTruthy();
  });
});
