import { useMutation } from '@apollo/client/react';
import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import type { AdminOrganizationsQuery } from '../../gql/graphql';
import { formatDate } from '../../shared/format/date';
import { AdminForm } from './admin-form';
import { AdminTable, twoColumns } from './admin-table';
import { differentFrom, isoDate, organizationCode, vietnameseDate } from './admin-validation';
import { CREATE_ORGANIZATION, MERGE_ORGANIZATION } from './admin.operations';

export type Organization = AdminOrganizationsQuery['organizations'][number];
const KINDS = ['DEPARTMENT', 'AWARD_BOARD', 'PLATFORM'] as const;
const REFRESH = { refetchQueries: ['AdminOrganizations'] };

/** "Tên (mã)", how an organization is offered in a choice. */
export const organizationOption = (o: Organization) => ({ value: o.code, label: `${o.name} (${o.code})` });

export function OrganizationsTab({ organizations }: { organizations: Organization[] }) {
  const { t } = useTranslation();
  const [create] = useMutation(CREATE_ORGANIZATION, REFRESH);
  const [merge] = useMutation(MERGE_ORGANIZATION, REFRESH);
  const kindLabel = (kind: string) =>
    KINDS.includes(kind as (typeof KINDS)[number])
      ? t(`admin.kinds.${kind as (typeof KINDS)[number]}`)
      : kind;
  const nameOf = (code: string) => organizations.find((o) => o.code === code)?.name ?? code;
  const departments = organizations.filter((o) => o.kind === 'DEPARTMENT').map(organizationOption);

  return (
    <Box sx={twoColumns}>
      <AdminTable
        caption={t('admin.organizations.caption')}
        empty={t('admin.organizations.empty')}
        headers={[
          t('admin.organizations.code'),
          t('admin.organizations.name'),
          t('admin.organizations.kind'),
          t('admin.organizations.province'),
          t('admin.organizations.merged'),
        ]}
        rows={organizations.map((o) => ({
          key: o.id,
          cells: [
            o.code,
            o.name,
            kindLabel(o.kind),
            o.province ?? t('admin.dash'),
            o.successor && o.mergedOn
              ? t('admin.organizations.mergedInto', {
                  successor: o.successor.name,
                  date: formatDate(o.mergedOn),
                })
              : t('admin.dash'),
          ],
        }))}
      />
      <Box sx={{ display: 'grid', gap: 2 }}>
        <AdminForm
          title={t('admin.organizations.createTitle')}
          submitLabel={t('admin.organizations.create')}
          fields={[
            {
              name: 'code',
              label: t('admin.organizations.code'),
              help: t('admin.organizations.codeHelp'),
              check: organizationCode,
            },
            { name: 'name', label: t('admin.organizations.name') },
            {
              name: 'kind',
              label: t('admin.organizations.kind'),
              options: KINDS.map((k) => ({ value: k, label: kindLabel(k) })),
            },
            { name: 'province', label: t('admin.organizations.province'), optional: true },
          ]}
          refusals={{
            CONFLICT: t('admin.errors.organizationConflict'),
            BAD_USER_INPUT: t('admin.errors.organizationInput'),
          }}
          onSubmit={async (v) => {
            await create({
              variables: { code: v.code, name: v.name, kind: v.kind, province: v.province || null },
            });
            return t('admin.organizations.created', { name: v.name, code: v.code });
          }}
        />
        <AdminForm
          title={t('admin.organizations.mergeTitle')}
          submitLabel={t('admin.organizations.merge')}
          fields={[
            { name: 'code', label: t('admin.organizations.mergedOrganization'), options: departments },
            {
              name: 'successorCode',
              label: t('admin.organizations.successor'),
              options: departments,
              check: differentFrom('code', 'sameOrganization'),
            },
            {
              name: 'from',
              label: t('admin.organizations.from'),
              help: t('admin.organizations.fromHelp'),
              check: vietnameseDate,
            },
          ]}
          refusals={{ BAD_USER_INPUT: t('admin.errors.mergeInput') }}
          onSubmit={async (v) => {
            const from = isoDate(v.from)!;
            await merge({ variables: { code: v.code, successorCode: v.successorCode, from } });
            return t('admin.organizations.mergedDone', {
              name: nameOf(v.code),
              successor: nameOf(v.successorCode),
              date: formatDate(from),
            });
          }}
        />
      </Box>
    </Box>
  );
}
