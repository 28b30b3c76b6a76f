import { useApolloClient } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../shared/api/errors';
import { saveDownload } from '../../shared/api/download';
import { EVIDENCE_FILE } from './review.operations';

interface Evidence {
  id: string;
  criterionId: string;
  fileName: string;
}

/** A member's proof files, each downloadable (evidenceFile). */
export function EvidenceList({ member, evidence }: { member: string; evidence: Evidence[] }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const title = t('review.evidenceTitle', { member });

  const download = async (file: Evidence) => {
    setFailure(null);
    setBusy(file.id);
    try {
      const { data } = await client.query({
        query: EVIDENCE_FILE,
        variables: { id: file.id },
        fetchPolicy: 'no-cache',
      });
      if (data) saveDownload(data.evidenceFile);
    } catch (error) {
      setFailure(t('review.downloadFailed', { file: file.fileName, reason: errorMessage(t, error) }));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Paper component="section" aria-label={title} variant="outlined" sx={{ p: 2, mt: 2 }}>
      <Typography component="h3" variant="h6">
        {title}
      </Typography>
      {failure && (
        <Alert severity="error" sx={{ my: 1 }}>
          {failure}
        </Alert>
      )}
      {evidence.length === 0 ? (
        <Typography sx={{ mt: 1 }}>{t('review.noEvidence')}</Typography>
      ) : (
        <List dense>
          {evidence.map((file) => (
            <ListItem key={file.id} disableGutters sx={{ gap: 2, flexWrap: 'wrap' }}>
              <Typography sx={{ minWidth: 64 }}>
                {t('review.criterion')} {file.criterionId}
              </Typography>
              <Button
                variant="outlined"
                size="small"
                disabled={busy === file.id}
                onClick={() => void download(file)}
                aria-label={t('review.download', { file: file.fileName })}
                sx={{ textTransform: 'none', wordBreak: 'break-all' }}
              >
                {file.fileName}
              </Button>
            </ListItem>
          ))}
        </List>
      )}
    </Paper>
  );
}
