import { useApolloClient } from '@apollo/client/react';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { sessionStore } from '../../shared/api/session';

/** Ends the session here and forgets everything cached for this user. */
export function SignOutButton() {
  const { t } = useTranslation();
  const client = useApolloClient();
  return (
    <Button
      color="inherit"
      variant="outlined"
      onClick={() => {
        sessionStore.signedOut();
        void client.clearStore();
      }}
    >
      {t('auth.signOut')}
    </Button>
  );
}
