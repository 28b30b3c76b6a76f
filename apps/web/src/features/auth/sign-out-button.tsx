import { useApolloClient, useMutation } from '@apollo/client/react';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { sessionStore } from '../../shared/api/session';
import { SIGN_OUT } from './auth.operations';

/** Revokes the session on the server, ends it here and forgets everything cached for this user. */
export function SignOutButton() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [signOut] = useMutation(SIGN_OUT);
  return (
    <Button
      color="inherit"
      variant="outlined"
      onClick={() => {
        // Signed out here whatever the server answers: an unreachable server must not keep anyone signed in.
        void signOut()
          .catch(() => undefined)
          .finally(() => {
            sessionStore.signedOut();
            void client.clearStore();
          });
      }}
    >
      {t('auth.signOut')}
    </Button>
  );
}
