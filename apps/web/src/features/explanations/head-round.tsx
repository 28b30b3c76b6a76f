// The head's side of the explanation round: open the window with a deadline, read the members' explanations,
// give the second-round score with a reason or keep the first, and close the window early with a reason.
import { useMutation, useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodKind } from '../../gql/graphql';
import { refusal } from '../../shared/api/problems';
import { dayOf, endOfDay, formatDateTime } from '../../shared/format/date';
import { formatNumber } from '../../shared/format/number';
import { NumberInput } from '../../shared/ui/number-input';
import { Section } from '../../shared/ui/section';
import { Empty, ErrorState, Loading } from '../../shared/ui/states';
import { TextInput } from '../../shared/ui/text-input';
import {
  CLOSE_EXPLANATION_WINDOW,
  DECIDE_EXPLANATION,
  EXPLANATION_ROUND,
  OPEN_EXPLANATION_WINDOW,
  REFETCH,
} from './explanations.operations';
import { decisionText, EvidenceDownloads, type Item, type Round, WindowStatus } from './window-status';

interface Props {
  groupCode: string;
  year: number;
  kind: PeriodKind;
}

/** The head's round of one period, loaded on its own (the scoring workspace's tab). */
export function HeadExplanations(props: Props) {
  const { data, error, refetch } = useQuery(EXPLANATION_ROUND, { variables: props });
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  return <HeadRound {...props} round={data.explanationRound} />;
}

export function HeadRound({ groupCode, year, kind, round }: Props & { round: Round | null }) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<string | null>(null);
  const ref = { groupCode, year, kind };
  const explained = round?.items.filter((i) => i.explanation) ?? [];
  return (
    <>
      {notice && (
        <Alert severity="success" role="status" sx={{ mb: 2 }}>
          {notice}
        </Alert>
      )}
      {round ? (
        <WindowStatus window={round.window} />
      ) : (
        <OpenForm {...ref} onOpened={(deadline) => setNotice(t('explanations.head.opened', { deadline }))} />
      )}
      {round && (round.membersToExplain.length > 0 || round.explanationsToDecide > 0) && (
        <Alert severity="warning" role="status" sx={{ mb: 2 }}>
          {round.membersToExplain.length > 0 &&
            t('explanations.head.toExplain', {
              members: round.membersToExplain.map((m) => m.name).join(', '),
            })}{' '}
          {round.explanationsToDecide > 0 &&
            t('explanations.head.toDecide', { count: round.explanationsToDecide })}
        </Alert>
      )}
      {round && (
        <Section title={t('explanations.head.explanations')}>
          {explained.length === 0 ? (
            <Empty>{t('explanations.head.noExplanations')}</Empty>
          ) : (
            explained.map((item) => (
              <ExplanationCard
                key={item.explanation!.id}
                item={item}
                onDecided={() =>
                  setNotice(
                    t('explanations.head.decided', { member: item.member.name, id: item.criterionId }),
                  )
                }
              />
            ))
          )}
        </Section>
      )}
      {round?.window.open && <CloseForm {...ref} onClosed={() => setNotice(t('explanations.head.closed'))} />}
    </>
  );
}

function OpenForm({ groupCode, year, kind, onOpened }: Props & { onOpened: (deadline: string) => void }) {
  const { t } = useTranslation();
  const [day, setDay] = useState(() => dayOf(new Date(Date.now() + 7 * 86_400_000).toISOString()));
  const [error, setError] = useState<string | null>(null);
  const [open, { loading }] = useMutation(OPEN_EXPLANATION_WINDOW, REFETCH);
  const submit = async () => {
    if (!day) return setError(t('explanations.head.noDeadline'));
    setError(null);
    try {
      const deadline = endOfDay(day);
      await open({ variables: { groupCode, year, kind, deadline } });
      onOpened(formatDateTime(deadline));
    } catch (e) {
      setError(refusal(t, e));
    }
  };
  return (
    <Section title={t('explanations.head.openTitle')}>
      <Typography sx={{ mb: 2 }}>{t('explanations.head.intro')}</Typography>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <TextField
          type="date"
          size="small"
          label={t('explanations.head.deadline')}
          value={day}
          onChange={(e) => setDay(e.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <Button variant="contained" disabled={loading} onClick={() => void submit()}>
          {t('explanations.head.open')}
        </Button>
      </Box>
      {error && (
        <Alert severity="error" role="alert" sx={{ mt: 2 }}>
          {error}
        </Alert>
      )}
    </Section>
  );
}

function CloseForm({ groupCode, year, kind, onClosed }: Props & { onClosed: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [close, { loading }] = useMutation(CLOSE_EXPLANATION_WINDOW, REFETCH);
  const submit = async () => {
    if (!reason.trim()) return setError(t('explanations.head.noReason'));
    setError(null);
    try {
      await close({ variables: { groupCode, year, kind, reason } });
      onClosed();
    } catch (e) {
      setError(refusal(t, e));
    }
  };
  return (
    <Section title={t('explanations.head.closeTitle')}>
      <Box sx={{ display: 'grid', gap: 1.5 }}>
        <TextInput
          label={t('explanations.head.closeReason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        {error && (
          <Alert severity="error" role="alert">
            {error}
          </Alert>
        )}
        <Box>
          <Button variant="outlined" disabled={loading} onClick={() => void submit()}>
            {t('explanations.head.close')}
          </Button>
        </Box>
      </Box>
    </Section>
  );
}

function ExplanationCard({ item, onDecided }: { item: Item; onDecided: () => void }) {
  const { t } = useTranslation();
  const explanation = item.explanation!;
  const names = { member: item.member.code, id: item.criterionId };
  const [points, setPoints] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [decide, { loading }] = useMutation(DECIDE_EXPLANATION, REFETCH);
  const none = t('explanations.scores.none');
  const submit = async (keep: boolean) => {
    if (!keep && points === null) return setError(t('explanations.head.noPoints'));
    setError(null);
    try {
      await decide({
        variables: {
          input: {
            explanationId: explanation.id,
            keep,
            points: keep ? null : points,
            reason: reason.trim() || null,
          },
        },
      });
      onDecided();
    } catch (e) {
      setError(refusal(t, e));
    }
  };
  return (
    <Box component="article" sx={{ borderTop: 1, borderColor: 'divider', py: 2 }}>
      <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
        {t('explanations.head.explanationOf', {
          member: item.member.name,
          id: item.criterionId,
          title: item.title,
        })}
      </Typography>
      <Typography variant="body2">
        {t('explanations.head.scores', {
          self: item.selfPoints === null ? none : formatNumber(item.selfPoints),
          head: formatNumber(item.headPoints),
        })}
      </Typography>
      {item.headReason && (
        <Typography variant="body2">
          {t('explanations.head.firstReason', { reason: item.headReason })}
        </Typography>
      )}
      <Typography sx={{ whiteSpace: 'pre-wrap', mt: 1 }}>
        {t('explanations.explanation.text', { text: explanation.text })}
      </Typography>
      <EvidenceDownloads files={explanation.evidence} />
      {explanation.decision ? (
        <Typography sx={{ mt: 1 }} role="status">
          <strong>{decisionText(t, item)}</strong>
          {explanation.secondReason &&
            ` — ${t('explanations.explanation.secondReason', { reason: explanation.secondReason })}`}
        </Typography>
      ) : (
        <Box sx={{ display: 'grid', gap: 1.5, mt: 1.5, gridTemplateColumns: { xs: '1fr', sm: '160px 1fr' } }}>
          <NumberInput
            label={t('explanations.head.points', names)}
            value={points}
            onChange={(v) => setPoints(v)}
          />
          <TextInput
            label={t('explanations.head.reason', names)}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          {error && (
            <Alert severity="error" role="alert" sx={{ gridColumn: '1 / -1' }}>
              {error}
            </Alert>
          )}
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', gridColumn: '1 / -1' }}>
            <Button
              variant="contained"
              disabled={loading}
              aria-label={t('explanations.head.changeFor', names)}
              onClick={() => void submit(false)}
            >
              {t('explanations.head.change')}
            </Button>
            <Button
              variant="outlined"
              disabled={loading}
              aria-label={t('explanations.head.keepFor', names)}
              onClick={() => void submit(true)}
            >
              {t('explanations.head.keep')}
            </Button>
          </Box>
        </Box>
      )}
    </Box>
  );
}
