import { GraphQLError } from 'graphql';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { initTestI18n } from '../../shared/i18n/testing';
import { CAST_VOTE, VOTE_SCOPE } from './scoring.operations';
import { VotePanel } from './vote-panel';

initTestI18n();
jest.setTimeout(20_000);

const org = (code: string, name: string) => ({ __typename: 'Organization' as const, id: code, code, name });
const scope: MockLink.MockedResponse = {
  request: { query: VOTE_SCOPE, variables: { groupCode: 'CTD-VIII', year: 2023 } },
  result: {
    data: {
      me: {
        __typename: 'User',
        id: 'u1',
        organization: { __typename: 'Organization', id: 'sct-a', code: 'sct-a' },
      },
      group: {
        __typename: 'EmulationGroup',
        id: 'g1',
        members: [
          { __typename: 'Membership', organization: org('sct-a', 'Sở A') },
          { __typename: 'Membership', organization: org('sct-b', 'Sở B') },
        ],
        regulation: {
          __typename: 'Regulation',
          id: 'r1',
          version: 1,
          document: {
            voting: { enabled: true, threshold: 0.8, base: 'ALL_MEMBERS', selfVote: false },
            awards: [
              { id: 'GOV_FLAG', title: 'Cờ thi đua của Chính phủ', eligibility: { requiresVote: true } },
              { id: 'MERIT', title: 'Bằng khen', eligibility: {} },
            ],
          },
        },
      },
    },
  },
};
const vote = { groupCode: 'CTD-VIII', year: 2023, kind: 'FY', awardId: 'GOV_FLAG', candidateCode: 'sct-b' };

async function castFor(mocks: MockLink.MockedResponse[]) {
  const user = userEvent.setup();
  render(
    <MockedProvider mocks={[scope, ...mocks]}>
      <VotePanel groupCode="CTD-VIII" year={2023} kind="FY" />
    </MockedProvider>,
  );
  await user.click(await screen.findByRole('combobox', { name: 'Bình chọn Cờ thi đua của Chính phủ' }));
  // Not for itself (selfVote false); only awards decided by a vote.
  expect(screen.queryByRole('option', { name: 'Sở A' })).toBeNull();
  await user.click(screen.getByRole('option', { name: 'Sở B' }));
  await user.click(screen.getByRole('button', { name: 'Bỏ phiếu' }));
}

describe('VotePanel', () => {
  it('casts a vote for another member, one select per award that requires a vote', async () => {
    await castFor([{ request: { query: CAST_VOTE, variables: vote }, result: { data: { castVote: true } } }]);
    expect(await screen.findByText('Đã ghi nhận phiếu bầu Cờ thi đua của Chính phủ.')).toBeTruthy();
    expect(screen.getAllByRole('combobox')).toHaveLength(1);
  });

  it('says the vote is already cast when the API answers CONFLICT', async () => {
    await castFor([
      {
        request: { query: CAST_VOTE, variables: vote },
        result: { errors: [new GraphQLError('Đã bỏ phiếu', { extensions: { code: 'CONFLICT' } })] },
      },
    ]);
    expect(await screen.findByText(/Đơn vị đã bỏ phiếu cho danh hiệu này trong kỳ/)).toBeTruthy();
  });
});
