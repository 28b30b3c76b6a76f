import { useLazyQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format/date';
import { formatNumber } from '../../shared/format/number';
import { ErrorState, Loading } from '../../shared/ui/states';
import { VERIFY_AUDIT } from './audit.operations';

/** Walks the whole chain on demand: it reads every event, so it is not run on page load. */
export function ChainCheck() {
  const { t } = useTranslation();
  const [verify, { data, loading, error }] = useLazyQuery(VERIFY_AUDIT, { fetchPolicy: 'network-only' });
  const result = data?.verifyAudit;
  const broken = result?.firstBroken;

  return (
    <Box component="section" aria-labelledby="chain-heading" sx={{ mb: 4 }}>
      <Typography component="h2" variant="h6" id="chain-heading" gutterBottom>
        {t('audit.chain.heading')}
      </Typography>
      <Typography sx={{ mb: 2 }}>{t('audit.chain.intro')}</Typography>
      <Button variant="contained" onClick={() => void verify()} disabled={loading}>
        {t('audit.chain.verify')}
      </Button>
      <Box aria-live="polite">
        {loading && <Loading label={t('audit.chain.verifying')} />}
        {error && !loading && <ErrorState error={error} onRetry={() => void verify()} />}
        {result && !loading && !error && (
          <Alert severity={result.intact ? 'success' : 'error'} sx={{ mt: 2 }}>
            {broken
              ? t('audit.chain.broken', {
                  position: formatNumber(broken.position),
                  eventId: broken.eventId,
                  time: formatDateTime(broken.occurredAt),
                  problem: t(`audit.chain.problem.${broken.problem}`),
                  count: formatNumber(result.eventsChecked),
                })
              : t('audit.chain.intact', {
                  count: formatNumber(result.eventsChecked),
                  time: formatDateTime(result.verifiedAt),
                })}
          </Alert>
        )}
      </Box>
    </Box>
  );
}
