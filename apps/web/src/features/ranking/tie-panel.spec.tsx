import { GraphQLError } from 'graphql';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { initTestI18n } from '../../shared/i18n/testing';
import { SETTLE_TIE } from './ranking.operations';
import { TiePanel, tiesFor } from './tie-panel';

initTestI18n();
jest.setTimeout(20_000);

const entry = (code: string, rank: number, tieDecisionBy: string | null) => ({
  rank,
  tieDecisionBy,
  organization: { code, name: `Sở ${code}` },
});
// b and c tied at 2 for the board; d and e tied at 4 for nobody (settled or broken otherwise).
const ENTRIES = [
  entry('a', 1, null),
  entry('c', 2, 'BOARD'),
  entry('b', 2, 'BOARD'),
  entry('d', 4, null),
  entry('e', 4, null),
];
const variables = { groupCode: 'KTD', year: 2023, kind: 'H1' as const };
const settle = (order: string[], result: MockLink.MockedResponse['result']): MockLink.MockedResponse => ({
  request: { query: SETTLE_TIE, variables: { ...variables, order } },
  result,
});

function setup(mocks: MockLink.MockedResponse[], body: 'HEAD' | 'BOARD' = 'BOARD') {
  render(
    <MockedProvider mocks={mocks}>
      <TiePanel body={body} entries={ENTRIES} variables={variables} />
    </MockedProvider>,
  );
  return { user: userEvent.setup() };
}

describe('TiePanel', () => {
  it('groups the ties waiting for the viewer’s body, by rank', () => {
    expect(tiesFor(ENTRIES, 'BOARD').map((t) => [t.rank, t.members.map((m) => m.organization.code)])).toEqual(
      [[2, ['c', 'b']]],
    );
    expect(tiesFor(ENTRIES, 'HEAD')).toEqual([]);
  });

  it('shows nothing when no tie waits for the viewer', () => {
    setup([], 'HEAD');
    expect(screen.queryByRole('region', { name: /đồng hạng/ })).toBeNull();
  });

  it('puts the tied members in order and confirms it', async () => {
    const ranking = { __typename: 'Ranking', id: 'r1', version: 3, entries: [] };
    const { user } = setup([settle(['b', 'c'], { data: { settleTie: ranking } })]);
    const list = screen.getByRole('list', { name: 'Thứ tự các đơn vị đồng hạng 2' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([expect.stringContaining('Sở c'), expect.stringContaining('Sở b')]);
    expect(screen.getByRole('button', { name: 'Đưa Sở c lên trên' })).toHaveProperty('disabled', true);
    await user.click(screen.getByRole('button', { name: 'Đưa Sở b lên trên' }));
    expect(within(list).getAllByRole('listitem')[0].textContent).toContain('Sở b');
    await user.click(screen.getByRole('button', { name: 'Xác nhận thứ tự hạng 2' }));
    expect((await screen.findByRole('status')).textContent).toBe(
      'Đã ghi thứ tự hạng 2: Sở b, Sở c. Bảng xếp hạng đang được tính lại.',
    );
  });

  it('tells the server’s refusal as a sentence', async () => {
    const refused = new GraphQLError('x', { extensions: { code: 'CONFLICT' } });
    const { user } = setup([settle(['c', 'b'], { errors: [refused] })]);
    await user.click(screen.getByRole('button', { name: 'Xác nhận thứ tự hạng 2' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^Chưa ghi được thứ tự: kết quả kỳ này đã công bố/,
    );
  });
});
