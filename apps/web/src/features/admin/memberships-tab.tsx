import { useMutation } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { MemberRole } from '../../gql/graphql';
import { Empty } from '../../shared/ui/states';
import { AdminForm } from './admin-form';
import { AdminTable, twoColumns } from './admin-table';
import { SET_MEMBERSHIP } from './admin.operations';
import { categoriesInUse, categoryArgument, NO_CATEGORY } from './membership-category';
import type { Group } from './groups-tab';
import { type Organization, organizationOption } from './organizations-tab';

const ROLES: MemberRole[] = ['HEAD', 'DEPUTY', 'MEMBER'];

/** Members and roles per group for the year chosen in the header. */
export function MembershipsTab({
  groups,
  organizations,
  year,
}: {
  groups: Group[];
  organizations: Organization[];
  year: number;
}) {
  const { t } = useTranslation();
  const [setMembership] = useMutation(SET_MEMBERSHIP, { refetchQueries: ['AdminGroups'] });
  if (groups.length === 0) return <Empty>{t('admin.memberships.noGroups')}</Empty>;
  return (
    <>
      <Typography sx={{ mb: 2 }}>{t('admin.memberships.intro', { year })}</Typography>
      <Box sx={twoColumns}>
        <Box sx={{ display: 'grid', gap: 2 }}>
          {groups.map((g) => (
            <AdminTable
              key={g.id}
              caption={t('admin.memberships.caption', { group: g.name, year })}
              empty={`${g.name}: ${t('admin.memberships.none', { year })}`}
              headers={[
                t('admin.memberships.organization'),
                t('admin.memberships.role'),
                t('admin.memberships.category'),
              ]}
              rows={g.members.map((m) => ({
                key: m.organization.id,
                cells: [m.organization.name, t(`admin.roles.${m.role}`), m.category ?? t('admin.dash')],
              }))}
            />
          ))}
        </Box>
        <AdminForm
          title={t('admin.memberships.setTitle', { year })}
          submitLabel={t('admin.memberships.set')}
          fields={[
            {
              name: 'groupCode',
              label: t('admin.memberships.group'),
              options: groups.map((g) => ({ value: g.code, label: `${g.name} (${g.code})` })),
            },
            {
              name: 'organizationCode',
              label: t('admin.memberships.organization'),
              options: organizations.filter((o) => o.kind === 'DEPARTMENT').map(organizationOption),
            },
            {
              name: 'role',
              label: t('admin.memberships.role'),
              options: ROLES.map((r) => ({ value: r, label: t(`admin.roles.${r}`) })),
            },
            {
              name: 'category',
              label: t('admin.memberships.category'),
              emptyOption: t('admin.memberships.categoryUnchanged'),
              options: [
                { value: NO_CATEGORY, label: t('admin.memberships.categoryNone') },
                ...categoriesInUse(groups).map((c) => ({ value: c, label: c })),
              ],
              help: t('admin.memberships.categoryHelp'),
              optional: true,
            },
            {
              name: 'newCategory',
              label: t('admin.memberships.newCategory'),
              help: t('admin.memberships.newCategoryHelp'),
              optional: true,
              autoComplete: 'off',
            },
          ]}
          refusals={{ BAD_USER_INPUT: t('admin.errors.membershipInput') }}
          onSubmit={async (v) => {
            const role = v.role as MemberRole;
            // Unchanged unless chosen or typed (a format 1 group needs none); "no category" clears it.
            const { category } = categoryArgument(v.category ?? '', v.newCategory ?? '');
            await setMembership({
              variables: {
                groupCode: v.groupCode,
                year,
                organizationCode: v.organizationCode,
                role,
                ...(category === undefined ? {} : { category }),
              },
            });
            const name = organizations.find((o) => o.code === v.organizationCode)?.name ?? v.organizationCode;
            const done = t('admin.memberships.done', { name, role: t(`admin.roles.${role}`), year });
            if (category === undefined) return done;
            return `${done} ${category === null ? t('admin.memberships.categoryCleared') : t('admin.memberships.categoryDone', { category })}`;
          }}
        />
      </Box>
    </>
  );
}
