// Loading, empty and error states, the same on every page.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import type { SxProps, Theme } from '@mui/material/styles';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/errors';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 2, py: 3 }}>
      <CircularProgress size={24} aria-hidden />
      <Typography>{label ?? t('states.loading')}</Typography>
    </Box>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return (
    <Alert severity="info" variant="outlined" sx={{ my: 2 }}>
      {children}
    </Alert>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      severity="error"
      sx={{ my: 2 }}
      action={
        onRetry && (
          <Button color="inherit" size="small" onClick={onRetry}>
            {t('states.retry')}
          </Button>
        )
      }
    >
      {errorMessage(t, error)}
    </Alert>
  );
}

/** The outcome of an action: a success the screen reader hears politely, a refusal it hears at once. */
export type Notice = { ok: boolean; text: string } | null;

export function NoticeAlert({ notice, sx }: { notice: Notice; sx?: SxProps<Theme> }) {
  if (!notice) return null;
  return (
    <Alert severity={notice.ok ? 'success' : 'error'} role={notice.ok ? 'status' : 'alert'} sx={sx}>
      {notice.text}
    </Alert>
  );
}
