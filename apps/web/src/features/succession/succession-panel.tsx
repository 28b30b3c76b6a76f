// Next year's head and deputy (issue 11.6), in the year's workspace: each member's secret ballot, who has
// voted, and for the head the count, the closing (ties settled with a reason) and the handover it records.
import { useMutation, useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SuccessionFieldsFragment } from '../../gql/graphql';
import { refusal } from '../../shared/api/problems';
import { formatDate } from '../../shared/format/date';
import { ScrollTable } from '../../shared/ui/scroll-table';
import { Section } from '../../shared/ui/section';
import { Empty, ErrorState, Loading } from '../../shared/ui/states';
import { TextInput } from '../../shared/ui/text-input';
import {
  CAST_SUCCESSION_BALLOT,
  CLOSE_SUCCESSION,
  OPEN_SUCCESSION,
  SUCCESSION,
} from './succession.operations';
import { ConfirmDialog } from '../../shared/ui/confirm-dialog';

type Election = SuccessionFieldsFragment;
type Message = { severity: 'success' | 'error'; text: string } | null;

interface Props {
  groupCode: string;
  year: number;
  head: boolean;
}

export function SuccessionPanel({ groupCode, year, head }: Props) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(SUCCESSION, { variables: { groupCode, year } });
  const title = t('succession.title', { year: year + 1 });
  let body;
  if (error) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (!data) body = <Loading />;
  else if (!data.succession)
    body = head ? (
      <OpenElection groupCode={groupCode} year={year} />
    ) : (
      <Empty>{t('succession.none', { year: year + 1 })}</Empty>
    );
  else body = <ElectionView groupCode={groupCode} election={data.succession} head={head} />;
  return <Section title={title}>{body}</Section>;
}

function OpenElection({ groupCode, year }: { groupCode: string; year: number }) {
  const { t } = useTranslation();
  const [open, { loading }] = useMutation(OPEN_SUCCESSION, {
    refetchQueries: [{ query: SUCCESSION, variables: { groupCode, year } }],
  });
  const [message, setMessage] = useState<Message>(null);
  return (
    <>
      <Typography sx={{ mb: 1 }}>{t('succession.noneHead', { year: year + 1 })}</Typography>
      <Button
        variant="contained"
        disabled={loading}
        onClick={async () => {
          try {
            await open({ variables: { groupCode, year } });
          } catch (e) {
            setMessage({ severity: 'error', text: refusal(t, e) });
          }
        }}
      >
        {t('succession.open')}
      </Button>
      <Notice message={message} />
    </>
  );
}

function ElectionView({
  groupCode,
  election,
  head,
}: {
  groupCode: string;
  election: Election;
  head: boolean;
}) {
  const { t } = useTranslation();
  const missing = election.notVoted.map((o) => o.name).join(', ') || t('succession.nobody');
  return (
    <>
      {election.state === 'OPEN' ? (
        <>
          <Typography sx={{ mb: 1 }}>
            {t('succession.opened', { date: formatDate(election.openedAt) })}
          </Typography>
          <Typography sx={{ mb: 2 }}>
            {t('succession.turnout', {
              voted: election.voted.length,
              total: election.candidates.length,
              missing,
            })}
          </Typography>
          <BallotForm groupCode={groupCode} election={election} />
        </>
      ) : (
        <HandoverView election={election} />
      )}
      {(election.headVotes.length > 0 || election.state === 'CLOSED') && <Tally election={election} />}
      {head && election.state === 'OPEN' && <CloseForm groupCode={groupCode} election={election} />}
    </>
  );
}

/** One select per office over the year's members; the ballot the member cast is preselected. */
export function CandidateSelect({
  label,
  value,
  onChange,
  candidates,
  empty,
}: {
  label: string;
  value: string;
  onChange: (code: string) => void;
  candidates: { code: string; name: string }[];
  empty?: string;
}) {
  return (
    <TextField
      select
      size="small"
      label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      sx={{ minWidth: 260, flex: '1 1 260px' }}
    >
      {empty !== undefined && <MenuItem value="">{empty}</MenuItem>}
      {candidates.map((c) => (
        <MenuItem key={c.code} value={c.code}>
          {c.name}
        </MenuItem>
      ))}
    </TextField>
  );
}

function BallotForm({ groupCode, election }: { groupCode: string; election: Election }) {
  const { t } = useTranslation();
  const own = election.myBallot;
  const [headCode, setHead] = useState(own?.head.code ?? '');
  const [deputyCode, setDeputy] = useState(own?.deputy.code ?? '');
  const [message, setMessage] = useState<Message>(null);
  const [cast, { loading }] = useMutation(CAST_SUCCESSION_BALLOT);
  const next = election.nextYear;
  const submit = async () => {
    if (!headCode || !deputyCode)
      return setMessage({ severity: 'error', text: t('succession.ballot.choose') });
    if (headCode === deputyCode) return setMessage({ severity: 'error', text: t('succession.ballot.same') });
    try {
      await cast({ variables: { groupCode, year: election.year, headCode, deputyCode } });
      setMessage({ severity: 'success', text: t('succession.ballot.saved') });
    } catch (e) {
      setMessage({ severity: 'error', text: refusal(t, e) });
    }
  };
  return (
    <Box
      component="form"
      aria-label={t('succession.ballot.title')}
      onSubmit={(e) => (e.preventDefault(), void submit())}
    >
      <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
        {t('succession.ballot.title')}
      </Typography>
      {own && (
        <Typography sx={{ mb: 1 }}>
          {t('succession.ballot.mine', {
            head: own.head.name,
            deputy: own.deputy.name,
            date: formatDate(own.castAt),
          })}
        </Typography>
      )}
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 1 }}>
        <CandidateSelect
          label={t('succession.ballot.head', { year: next })}
          value={headCode}
          onChange={setHead}
          candidates={election.candidates}
        />
        <CandidateSelect
          label={t('succession.ballot.deputy', { year: next })}
          value={deputyCode}
          onChange={setDeputy}
          candidates={election.candidates}
        />
      </Box>
      <Button type="submit" variant="contained" disabled={loading}>
        {own ? t('succession.ballot.replace') : t('succession.ballot.cast')}
      </Button>
      <Notice message={message} />
    </Box>
  );
}

function Tally({ election }: { election: Election }) {
  const { t } = useTranslation();
  return (
    <Box sx={{ display: 'flex', gap: 3, flexWrap: 'wrap', mt: 2 }}>
      {(['head', 'deputy'] as const).map((office) => {
        const rows = office === 'head' ? election.headVotes : election.deputyVotes;
        const caption = t(`succession.tally.${office}`);
        return (
          <Box key={office} sx={{ flex: '1 1 280px', minWidth: 0 }}>
            <ScrollTable label={caption}>
              <Table size="small">
                <caption>{caption}</caption>
                <TableHead>
                  <TableRow>
                    <TableCell>{t('succession.tally.candidate')}</TableCell>
                    <TableCell align="right">{t('succession.tally.votes')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {rows.length === 0 ? (
                    <TableRow>
                      <TableCell colSpan={2}>{t('succession.tally.none')}</TableCell>
                    </TableRow>
                  ) : (
                    rows.map((r) => (
                      <TableRow key={r.candidate.code}>
                        <TableCell>{r.candidate.name}</TableCell>
                        <TableCell align="right">{r.votes}</TableCell>
                      </TableRow>
                    ))
                  )}
                </TableBody>
              </Table>
            </ScrollTable>
          </Box>
        );
      })}
    </Box>
  );
}

function CloseForm({ groupCode, election }: { groupCode: string; election: Election }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [headCode, setHead] = useState('');
  const [deputyCode, setDeputy] = useState('');
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<Message>(null);
  const [close, { loading }] = useMutation(CLOSE_SUCCESSION);
  const next = election.nextYear;
  const submit = async () => {
    setConfirming(false);
    try {
      await close({
        variables: {
          groupCode,
          year: election.year,
          headCode: headCode || null,
          deputyCode: deputyCode || null,
          reason: reason.trim() || null,
        },
      });
    } catch (e) {
      setMessage({ severity: 'error', text: refusal(t, e) });
    }
  };
  return (
    <Box sx={{ mt: 3 }}>
      <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
        {t('succession.close.title')}
      </Typography>
      <Typography sx={{ mb: 1 }}>{t('succession.close.intro', { year: next })}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('succession.close.tie')}
      </Typography>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 2 }}>
        <CandidateSelect
          label={t('succession.close.settleHead')}
          value={headCode}
          onChange={setHead}
          candidates={election.candidates}
          empty={t('succession.close.byCount')}
        />
        <CandidateSelect
          label={t('succession.close.settleDeputy')}
          value={deputyCode}
          onChange={setDeputy}
          candidates={election.candidates}
          empty={t('succession.close.byCount')}
        />
      </Box>
      <TextInput
        label={t('succession.close.reason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        multiline
        minRows={2}
      />
      <Button
        variant="contained"
        color="warning"
        sx={{ mt: 2 }}
        disabled={loading}
        onClick={() => setConfirming(true)}
      >
        {t('succession.close.button')}
      </Button>
      <Notice message={message} />
      <ConfirmDialog
        open={confirming}
        title={t('succession.close.confirmTitle', { year: next })}
        text={t('succession.close.confirmText', { year: next })}
        cancel={t('succession.close.cancel')}
        confirm={t('succession.close.confirm')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void submit()}
      />
    </Box>
  );
}

export function HandoverView({ election }: { election: Election }) {
  const { t } = useTranslation();
  const h = election.handover;
  if (!h) return null;
  return (
    <Box>
      <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
        {t('succession.handover.title')}
      </Typography>
      <Typography>
        {t('succession.handover.text', {
          outgoing: h.outgoingHead?.name ?? t('succession.handover.noOutgoing'),
          incoming: h.incomingHead.name,
          deputy: h.deputy.name,
          year: election.nextYear,
        })}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('succession.handover.recorded', {
          date: formatDate(h.handedOverAt),
          by: h.recordedBy.name,
          account: h.recordedByEmail,
          method: t(`succession.handover.methods.${h.method}`),
        })}
      </Typography>
      {h.reason && (
        <Typography variant="body2">{t('succession.handover.reason', { reason: h.reason })}</Typography>
      )}
      <Typography variant="body2" sx={{ mt: 1 }}>
        {t('succession.handover.draft', { year: election.nextYear })}
      </Typography>
    </Box>
  );
}

export function Notice({ message }: { message: Message }) {
  if (!message) return null;
  return (
    <Alert
      severity={message.severity}
      role={message.severity === 'error' ? 'alert' : 'status'}
      sx={{ mt: 2 }}
    >
      {message.text}
    </Alert>
  );
}
