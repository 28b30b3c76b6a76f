// A member casts its votes: one per award the regulation decides by vote (castVote). Exported for the
// member workspace; the head, a member too, votes from the scoring workspace.
import { useMutation, useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodKind } from '../../gql/graphql';
import { errorInfo } from '../../shared/api/errors';
import { Loading, NoticeAlert, type Notice } from '../../shared/ui/states';
import { refusal } from '../../shared/api/problems';
import { CAST_VOTE, VOTE_SCOPE } from './scoring.operations';
import { type Award, awardsOf, votingOf } from './sheet';

interface Props {
  groupCode: string;
  year: number;
  kind: PeriodKind;
}

export function VotePanel({ groupCode, year, kind }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const { data } = useQuery(VOTE_SCOPE, { variables: { groupCode, year } });
  if (!data) return <Loading />;
  const document = data.group?.regulation?.document;
  const voting = votingOf(document);
  const awards = awardsOf(document).filter((a) => a.requiresVote);
  if (!voting.enabled || awards.length === 0) return null;
  const me = data.me.organization.code;
  const candidates = (data.group?.members ?? [])
    .map((m) => m.organization)
    .filter((o) => voting.selfVote || o.code !== me);
  return (
    <Box component="section" aria-labelledby={titleId} sx={{ mt: 2 }}>
      <Typography component="h3" variant="subtitle1" id={titleId} sx={{ fontWeight: 600, mb: 1 }}>
        {t('scoring.vote.titleIn', { group: data.group?.name ?? groupCode })}
      </Typography>
      {awards.map((a) => (
        <AwardVote key={a.id} award={a} candidates={candidates} variables={{ groupCode, year, kind }} />
      ))}
    </Box>
  );
}

function AwardVote({
  award,
  candidates,
  variables,
}: {
  award: Award;
  candidates: { code: string; name: string }[];
  variables: Props;
}) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState('');
  const [notice, setNotice] = useState<Notice>(null);
  const [cast, { loading }] = useMutation(CAST_VOTE);
  return (
    <Box sx={{ mb: 2 }}>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        <TextField
          select
          size="small"
          label={t('scoring.vote.candidate', { award: award.title })}
          value={choice}
          onChange={(e) => setChoice(e.target.value)}
          sx={{ minWidth: 280, maxWidth: '100%' }}
        >
          {candidates.map((c) => (
            <MenuItem key={c.code} value={c.code}>
              {c.name}
            </MenuItem>
          ))}
        </TextField>
        <Button
          variant="outlined"
          disabled={loading}
          onClick={async () => {
            if (!choice) return setNotice({ ok: false, text: t('scoring.vote.chooseFirst') });
            try {
              await cast({ variables: { ...variables, awardId: award.id, candidateCode: choice } });
              setNotice({ ok: true, text: t('scoring.vote.done', { award: award.title }) });
            } catch (e) {
              // CONFLICT here means a vote already cast, or votes locked by publication.
              const text = errorInfo(e).code === 'CONFLICT' ? t('scoring.vote.conflict') : refusal(t, e);
              setNotice({ ok: false, text });
            }
          }}
        >
          {t('scoring.vote.cast')}
        </Button>
      </Box>
      <NoticeAlert notice={notice} sx={{ mt: 1 }} />
    </Box>
  );
}
