import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { initTestI18n } from '../../shared/i18n/testing';
import { SET_MEMBERSHIP } from './admin.operations';
import type { Group } from './groups-tab';
import { categoriesInUse, categoryArgument, NO_CATEGORY } from './membership-category';
import { MembershipsTab } from './memberships-tab';
import type { Organization } from './organizations-tab';

initTestI18n();
jest.setTimeout(20_000);

const org = (code: string, name: string) => ({ __typename: 'Organization' as const, id: code, code, name });
const groups = [
  {
    __typename: 'EmulationGroup',
    id: 'g1',
    code: 'KTD-THU',
    name: 'Khối thi đua thử',
    kind: 'BLOC',
    members: [
      { __typename: 'Membership', role: 'HEAD', category: 'SO', organization: org('sct-a', 'Sở A') },
      { __typename: 'Membership', role: 'MEMBER', category: 'CUC', organization: org('sct-b', 'Sở B') },
      { __typename: 'Membership', role: 'MEMBER', category: null, organization: org('sct-c', 'Sở C') },
    ],
  },
] as unknown as Group[];
const organizations = ['sct-a', 'sct-b', 'sct-c'].map((code) => ({
  id: code,
  code,
  name: `Sở ${code.slice(-1).toUpperCase()}`,
  kind: 'DEPARTMENT',
})) as unknown as Organization[];

const base = { groupCode: 'KTD-THU', year: 2023, organizationCode: 'sct-b', role: 'MEMBER' };
const answer = (category: string | null): MockLink.MockedResponse['result'] => ({
  data: { setMembership: { __typename: 'Membership', role: 'MEMBER', year: 2023, category } },
});

async function submit(
  mocks: MockLink.MockedResponse[],
  choose: (user: ReturnType<typeof userEvent.setup>) => Promise<void>,
) {
  const user = userEvent.setup({ delay: null });
  render(
    <MockedProvider mocks={mocks}>
      <MembershipsTab groups={groups} organizations={organizations} year={2023} />
    </MockedProvider>,
  );
  await user.selectOptions(screen.getByRole('combobox', { name: 'Cụm, khối thi đua' }), 'KTD-THU');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Đơn vị thành viên' }), 'sct-b');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Vai trò' }), 'MEMBER');
  await choose(user);
  await user.click(screen.getByRole('button', { name: 'Ghi phân công' }));
}

describe('the membership form’s category', () => {
  it('offers "no category" beside the categories in use, and clears the category with it (null)', async () => {
    await submit(
      [{ request: { query: SET_MEMBERSHIP, variables: { ...base, category: null } }, result: answer(null) }],
      async (user) => {
        const choice = screen.getByRole('combobox', { name: 'Nhóm đơn vị' });
        expect(Array.from((choice as HTMLSelectElement).options).map((o) => o.textContent)).toEqual([
          '— Giữ nguyên —',
          'Không thuộc nhóm nào',
          'CUC',
          'SO',
        ]);
        await user.selectOptions(choice, NO_CATEGORY);
      },
    );
    expect(
      await screen.findByText('Đã phân công Sở B làm Thành viên năm 2023. Đơn vị không còn thuộc nhóm nào.', {
        exact: false,
      }),
    ).toBeTruthy();
  });

  it('sends a new category when typed', async () => {
    await submit(
      [{ request: { query: SET_MEMBERSHIP, variables: { ...base, category: 'TW' } }, result: answer('TW') }],
      async (user) => {
        await user.type(screen.getByRole('textbox', { name: 'Nhóm đơn vị mới' }), 'TW');
      },
    );
    expect(await screen.findByText(/Nhóm đơn vị: TW\./)).toBeTruthy();
  });
});

describe('categoryArgument', () => {
  it('keeps, clears, chooses or takes the typed category', () => {
    expect(categoryArgument('', '  ')).toEqual({});
    expect(categoryArgument(NO_CATEGORY, '')).toEqual({ category: null });
    expect(categoryArgument('SO', '')).toEqual({ category: 'SO' });
    expect(categoryArgument(NO_CATEGORY, ' TW ')).toEqual({ category: 'TW' });
  });

  it('lists each category in use once, sorted', () => {
    expect(categoriesInUse(groups)).toEqual(['CUC', 'SO']);
    expect(categoriesInUse([{ members: [{ category: null }] }])).toEqual([]);
  });
});
