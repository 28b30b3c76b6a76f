import { GraphQLError } from 'graphql';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { initTestI18n } from '../../shared/i18n/testing';
import { CAST_SUCCESSION_BALLOT, SUCCESSION } from './succession.operations';
import { SuccessionPanel } from './succession-panel';

initTestI18n();
jest.setTimeout(20_000);

const org = (code: string, name: string) => ({ __typename: 'Organization' as const, id: code, code, name });
const election = {
  __typename: 'SuccessionElection' as const,
  id: 'e1',
  year: 2023,
  nextYear: 2024,
  state: 'OPEN',
  openedAt: '2023-12-20T02:00:00.000Z',
  candidates: [org('sct-a', 'Sở A'), org('sct-b', 'Sở B')],
  voted: [org('sct-a', 'Sở A')],
  notVoted: [org('sct-b', 'Sở B')],
  myBallot: null,
  headVotes: [],
  deputyVotes: [],
  handover: null,
};
const scope: MockLink.MockedResponse = {
  request: { query: SUCCESSION, variables: { groupCode: 'CTD-VIII', year: 2023 } },
  result: { data: { succession: election } },
};

async function choose(user: ReturnType<typeof userEvent.setup>, office: string, name: string) {
  await user.click(screen.getByRole('combobox', { name: `${office} năm 2024` }));
  await user.click(screen.getByRole('option', { name }));
}

describe('SuccessionPanel', () => {
  it('shows who has not voted, keeps the counts secret, and refuses one unit for both offices', async () => {
    const user = userEvent.setup();
    render(
      <MockedProvider mocks={[scope]}>
        <SuccessionPanel groupCode="CTD-VIII" year={2023} head={false} />
      </MockedProvider>,
    );
    await screen.findByText('Đã bỏ phiếu: 1/2 đơn vị. Chưa bỏ phiếu: Sở B.');
    expect(screen.queryByRole('table')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Bỏ phiếu' }));
    expect(screen.getByRole('alert').textContent).toBe('Hãy chọn cả cụm/khối trưởng và cụm/khối phó.');
    await choose(user, 'Cụm/khối trưởng', 'Sở A');
    await choose(user, 'Cụm/khối phó', 'Sở A');
    await user.click(screen.getByRole('button', { name: 'Bỏ phiếu' }));
    expect(screen.getByRole('alert').textContent).toBe(
      'Cụm/khối trưởng và cụm/khối phó phải là hai đơn vị khác nhau.',
    );
  });

  it('says the server’s refusal in its own sentence', async () => {
    const user = userEvent.setup();
    const closed = 'Bầu cụm/khối trưởng năm 2024 của Cụm VIII đã kết thúc ngày 20/12/2023.';
    const cast: MockLink.MockedResponse = {
      request: {
        query: CAST_SUCCESSION_BALLOT,
        variables: { groupCode: 'CTD-VIII', year: 2023, headCode: 'sct-b', deputyCode: 'sct-a' },
      },
      result: {
        errors: [
          new GraphQLError(closed, {
            extensions: { code: 'CONFLICT', problems: [{ path: 'year', message: closed }] },
          }),
        ],
      },
    };
    render(
      <MockedProvider mocks={[scope, cast]}>
        <SuccessionPanel groupCode="CTD-VIII" year={2023} head={false} />
      </MockedProvider>,
    );
    await screen.findByRole('button', { name: 'Bỏ phiếu' });
    await choose(user, 'Cụm/khối trưởng', 'Sở B');
    await choose(user, 'Cụm/khối phó', 'Sở A');
    await user.click(screen.getByRole('button', { name: 'Bỏ phiếu' }));
    expect((await screen.findByRole('alert')).textContent).toBe(closed);
  });
});
