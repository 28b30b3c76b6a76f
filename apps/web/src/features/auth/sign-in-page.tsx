import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorInfo, errorMessage } from '../../shared/api/errors';
import { sessionStore, useSession } from '../../shared/api/session';
import { LanguageSwitch } from '../../shared/ui/language-switch';
import { TextInput } from '../../shared/ui/text-input';
import { useDraft } from '../../shared/ui/use-draft';
import { SIGN_IN } from './auth.operations';

export function SignInPage() {
  const { t } = useTranslation();
  const { endedBecause } = useSession();
  const [email, setEmail] = useDraft('sign-in.email');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [signIn, { loading }] = useMutation(SIGN_IN);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim() || !password) return setProblem(t('auth.required'));
    setProblem(null);
    try {
      const { data } = await signIn({ variables: { email: email.trim(), password } });
      if (data) {
        const { token, refreshToken, expiresAt } = data.login;
        sessionStore.signedIn({ token, refreshToken, expiresAt });
      }
    } catch (error) {
      setProblem(
        errorInfo(error).code === 'UNAUTHENTICATED' ? t('auth.wrongCredentials') : errorMessage(t, error),
      );
    }
  };

  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 2 }}>
      <Paper
        component="section"
        aria-labelledby="sign-in-title"
        sx={{ p: { xs: 3, sm: 4 }, width: '100%', maxWidth: 420 }}
      >
        <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' }}>
          <Typography component="h1" variant="h5" id="sign-in-title">
            {t('auth.title')}
          </Typography>
          <LanguageSwitch />
        </Box>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {t('auth.intro')}
        </Typography>
        {endedBecause && !problem && (
          <Alert severity="warning" sx={{ mb: 2 }}>
            {t(`auth.sessionEnded.${endedBecause}`)}
          </Alert>
        )}
        {problem && (
          <Alert severity="error" role="alert" sx={{ mb: 2 }}>
            {problem}
          </Alert>
        )}
        <Box component="form" noValidate onSubmit={submit} sx={{ display: 'grid', gap: 2 }}>
          <TextInput
            label={t('auth.email')}
            type="email"
            autoComplete="username"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            required
          />
          <TextInput
            label={t('auth.password')}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
          <Button type="submit" variant="contained" size="large" disabled={loading}>
            {loading ? t('auth.signingIn') : t('auth.submit')}
          </Button>
        </Box>
      </Paper>
    </Box>
  );
}
