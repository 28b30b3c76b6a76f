import { useMutation } from '@apollo/client/react';
import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import type { AdminGroupsQuery, GroupKind } from '../../gql/graphql';
import { AdminForm } from './admin-form';
import { AdminTable, twoColumns } from './admin-table';
import { groupCode } from './admin-validation';
import { CREATE_GROUP } from './admin.operations';
import { type Organization, organizationOption } from './organizations-tab';

export type Group = AdminGroupsQuery['groups'][number];
const GROUP_KINDS: GroupKind[] = ['CLUSTER', 'BLOC'];

export function GroupsTab({ groups, organizations }: { groups: Group[]; organizations: Organization[] }) {
  const { t } = useTranslation();
  const [create] = useMutation(CREATE_GROUP, { refetchQueries: ['AdminGroups'] });
  return (
    <Box sx={twoColumns}>
      <AdminTable
        caption={t('admin.groups.caption')}
        empty={t('admin.groups.empty')}
        headers={[t('admin.groups.code'), t('admin.groups.name'), t('admin.groups.kind')]}
        rows={groups.map((g) => ({ key: g.id, cells: [g.code, g.name, t(`admin.groupKinds.${g.kind}`)] }))}
      />
      <AdminForm
        title={t('admin.groups.createTitle')}
        submitLabel={t('admin.groups.create')}
        fields={[
          { name: 'code', label: t('admin.groups.code'), help: t('admin.groups.codeHelp'), check: groupCode },
          { name: 'name', label: t('admin.groups.name') },
          {
            name: 'kind',
            label: t('admin.groups.kind'),
            options: GROUP_KINDS.map((k) => ({ value: k, label: t(`admin.groupKinds.${k}`) })),
          },
          {
            name: 'reviewerCode',
            label: t('admin.groups.reviewer'),
            options: organizations.filter((o) => o.kind === 'AWARD_BOARD').map(organizationOption),
          },
        ]}
        refusals={{ CONFLICT: t('admin.errors.groupConflict'), BAD_USER_INPUT: t('admin.errors.groupInput') }}
        onSubmit={async (v) => {
          await create({
            variables: {
              code: v.code,
              name: v.name,
              kind: v.kind as GroupKind,
              reviewerCode: v.reviewerCode,
            },
          });
          return t('admin.groups.created', { name: v.name, code: v.code });
        }}
      />
    </Box>
  );
}
