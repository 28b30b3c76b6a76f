// The explanation window's state in one sentence, and the downloads of an explanation's files: both roles show them.
import { useApolloClient } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ExplanationRoundFieldsFragment } from '../../gql/graphql';
import { saveDownload } from '../../shared/api/files';
import { formatDateTime } from '../../shared/format/date';
import { formatNumber } from '../../shared/format/number';
import { EXPLANATION_EVIDENCE_FILE } from './explanations.operations';

export type Round = ExplanationRoundFieldsFragment;
export type Item = Round['items'][number];

export function WindowStatus({ window }: { window: Round['window'] }) {
  const { t } = useTranslation();
  const deadline = formatDateTime(window.deadline);
  const early = window.closeReason !== null && window.closedAt !== null;
  return (
    <Alert severity={window.open ? 'info' : 'success'} role="status" sx={{ mb: 2 }}>
      {window.open
        ? t('explanations.window.open', { deadline })
        : early
          ? t('explanations.window.closedEarly', {
              date: formatDateTime(window.closedAt!),
              reason: window.closeReason,
            })
          : t('explanations.window.closed', { deadline })}
    </Alert>
  );
}

export function EvidenceDownloads({ files }: { files: NonNullable<Item['explanation']>['evidence'] }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  if (files.length === 0) return null;
  const download = async (id: string) => {
    const { data } = await client.query({ query: EXPLANATION_EVIDENCE_FILE, variables: { id } });
    if (data) saveDownload(data.explanationEvidenceFile);
  };
  return (
    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mt: 0.5 }}>
      {files.map((f) => (
        <Button
          key={f.id}
          size="small"
          variant="text"
          aria-label={t('explanations.explanation.download', { file: f.fileName })}
          onClick={() => void download(f.id)}
        >
          {f.fileName}
        </Button>
      ))}
    </Box>
  );
}

/** Where an explained score stands: awaiting the second round, changed, or kept. */
export function decisionText(t: TFunction, item: Item): string {
  const e = item.explanation;
  if (!e) return item.disputed ? t('explanations.state.notExplained') : t('explanations.state.same');
  if (e.decision === 'CHANGED')
    return t('explanations.state.changed', { points: formatNumber(e.secondPoints!) });
  if (e.decision === 'KEPT') return t('explanations.state.kept');
  return t('explanations.state.pending');
}
