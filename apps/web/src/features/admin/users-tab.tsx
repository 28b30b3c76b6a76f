import { useMutation } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { AdminForm } from './admin-form';
import { twoColumns } from './admin-table';
import { email, password } from './admin-validation';
import { CREATE_USER, UNLOCK_USER } from './admin.operations';
import { type Organization, organizationOption } from './organizations-tab';

/** Accounts: there is no list of users in the API, only the two onboarding mutations. */
export function UsersTab({ organizations }: { organizations: Organization[] }) {
  const { t } = useTranslation();
  const [createUser] = useMutation(CREATE_USER);
  const [unlockUser] = useMutation(UNLOCK_USER);
  return (
    <>
      <Typography sx={{ mb: 2 }}>{t('admin.users.intro')}</Typography>
      <Box sx={twoColumns}>
        <AdminForm
          title={t('admin.users.createTitle')}
          submitLabel={t('admin.users.create')}
          fields={[
            {
              name: 'organizationCode',
              label: t('admin.users.organization'),
              options: organizations.map(organizationOption),
            },
            { name: 'email', label: t('admin.users.email'), type: 'email', check: email },
            { name: 'fullName', label: t('admin.users.fullName') },
            {
              name: 'password',
              label: t('admin.users.password'),
              type: 'password',
              autoComplete: 'new-password',
              help: t('admin.users.passwordHelp'),
              check: password,
            },
          ]}
          refusals={{ CONFLICT: t('admin.errors.userConflict'), BAD_USER_INPUT: t('admin.errors.userInput') }}
          onSubmit={async (v) => {
            await createUser({
              variables: {
                organizationCode: v.organizationCode,
                email: v.email,
                fullName: v.fullName,
                password: v.password,
              },
            });
            return t('admin.users.created', { email: v.email.toLowerCase() });
          }}
        />
        <AdminForm
          title={t('admin.users.unlockTitle')}
          submitLabel={t('admin.users.unlock')}
          fields={[{ name: 'email', label: t('admin.users.unlockEmail'), type: 'email', check: email }]}
          onSubmit={async (v) => {
            await unlockUser({ variables: { email: v.email } });
            return t('admin.users.unlocked', { email: v.email.toLowerCase() });
          }}
        />
      </Box>
    </>
  );
}
