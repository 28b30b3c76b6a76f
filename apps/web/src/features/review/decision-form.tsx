import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewSummaryFragment } from '../../gql/graphql';
import { errorInfo, errorMessage } from '../../shared/api/errors';
import { formatDate } from '../../shared/format/date';
import { TextInput } from '../../shared/ui/text-input';
import { type ReviewProblem, reviewProblem } from './review.logic';
import { REVIEW_RANKING } from './review.operations';

type Outcome = { severity: 'success' | 'error'; text: string };

/** Approve with a decision number, or return with a reason; a decided ranking shows its decision. */
export function DecisionForm({
  summary,
}: {
  summary: Pick<
    ReviewSummaryFragment,
    'id' | 'reviewState' | 'decisionNumber' | 'reviewReason' | 'reviewedAt'
  >;
}) {
  const { t } = useTranslation();
  const [decisionNumber, setDecisionNumber] = useState('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<ReviewProblem | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [review, { loading }] = useMutation(REVIEW_RANKING, { refetchQueries: ['RankingsForReview'] });
  const pending = (summary.reviewState ?? 'PENDING') === 'PENDING';

  const decide = async (approve: boolean) => {
    const found = reviewProblem(approve, decisionNumber, reason);
    setProblem(found);
    setOutcome(null);
    if (found) return;
    try {
      await review({
        variables: {
          rankingId: summary.id,
          approve,
          decisionNumber: decisionNumber.trim() || null,
          reason: reason.trim() || null,
        },
      });
      setOutcome({
        severity: 'success',
        text: approve ? t('review.approved', { number: decisionNumber.trim() }) : t('review.rejected'),
      });
    } catch (error) {
      const conflict = errorInfo(error).code === 'CONFLICT';
      setOutcome({ severity: 'error', text: conflict ? t('review.conflict') : errorMessage(t, error) });
    }
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void decide(true);
  };

  return (
    <Box component="section" aria-labelledby="decision-title" sx={{ mt: 3 }}>
      <Typography component="h3" variant="h6" id="decision-title" sx={{ mb: 1 }}>
        {t('review.decisionTitle')}
      </Typography>
      {outcome && (
        <Alert
          severity={outcome.severity}
          role={outcome.severity === 'error' ? 'alert' : 'status'}
          sx={{ mb: 2 }}
        >
          {outcome.text}
        </Alert>
      )}
      {pending ? (
        <Box component="form" noValidate onSubmit={onSubmit} sx={{ display: 'grid', gap: 2, maxWidth: 640 }}>
          <TextInput
            label={t('review.decisionNumber')}
            value={decisionNumber}
            onChange={(e) => setDecisionNumber(e.target.value)}
            error={problem === 'decisionRequired'}
            helperText={
              problem === 'decisionRequired' ? t('review.decisionRequired') : t('review.decisionNumberHelp')
            }
          />
          <TextInput
            label={t('review.reason')}
            value={reason}
            multiline
            minRows={2}
            onChange={(e) => setReason(e.target.value)}
            error={problem === 'reasonRequired'}
            helperText={problem === 'reasonRequired' ? t('review.reasonRequired') : t('review.reasonHelp')}
          />
          <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
            <Button type="submit" variant="contained" disabled={loading}>
              {t('review.approve')}
            </Button>
            <Button variant="outlined" color="error" disabled={loading} onClick={() => void decide(false)}>
              {t('review.reject')}
            </Button>
            {loading && <Typography role="status">{t('review.saving')}</Typography>}
          </Box>
        </Box>
      ) : (
        !outcome && (
          <Alert severity="info" variant="outlined">
            {t(`review.states.${summary.reviewState as 'APPROVED' | 'REJECTED'}`)}
            {summary.decisionNumber && ` — ${t('review.decisionNumber')}: ${summary.decisionNumber}`}
            {summary.reviewedAt && ` — ${formatDate(summary.reviewedAt)}`}
            {summary.reviewReason && ` — ${t('review.reason')}: ${summary.reviewReason}`}
          </Alert>
        )
      )}
    </Box>
  );
}
