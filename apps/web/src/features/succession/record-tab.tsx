// The platform admin's record of a year-end election held without the portal's ballots (issue 11.6): the
// meeting's head and deputy with a reason; the handover then creates next year as closing would.
import { useMutation } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { refusal } from '../../shared/api/problems';
import { Section } from '../../shared/ui/section';
import { TextInput } from '../../shared/ui/text-input';
import { CandidateSelect, HandoverView, Notice } from './succession-panel';
import { RECORD_SUCCESSION } from './succession.operations';

interface Group {
  code: string;
  name: string;
  members: { organization: { code: string; name: string } }[];
}

export function RecordSuccessionTab({ groups, year }: { groups: Group[]; year: number }) {
  const { t } = useTranslation();
  const [groupCode, setGroup] = useState('');
  const [headCode, setHead] = useState('');
  const [deputyCode, setDeputy] = useState('');
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const [record, { data, loading }] = useMutation(RECORD_SUCCESSION);
  const members = (groups.find((g) => g.code === groupCode)?.members ?? []).map((m) => m.organization);
  const submit = async () => {
    if (!groupCode || !headCode || !deputyCode || headCode === deputyCode || !reason.trim())
      return setMessage({ severity: 'error', text: t('succession.record.missing') });
    try {
      const result = await record({ variables: { groupCode, year, headCode, deputyCode, reason } });
      setMessage({
        severity: 'success',
        text: t('succession.record.done', {
          head: result.data?.recordSuccession.handover?.incomingHead.name,
          year: year + 1,
        }),
      });
    } catch (e) {
      setMessage({ severity: 'error', text: refusal(t, e) });
    }
  };
  return (
    <Section title={t('succession.record.title', { year: year + 1 })}>
      <Typography sx={{ mb: 2 }}>{t('succession.record.intro', { year: year + 1 })}</Typography>
      <Box
        component="form"
        aria-label={t('succession.record.title', { year: year + 1 })}
        onSubmit={(e) => (e.preventDefault(), void submit())}
        sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}
      >
        <TextField
          select
          size="small"
          label={t('succession.record.group')}
          value={groupCode}
          onChange={(e) => (setGroup(e.target.value), setHead(''), setDeputy(''))}
        >
          {groups.map((g) => (
            <MenuItem key={g.code} value={g.code}>
              {g.name} ({g.code})
            </MenuItem>
          ))}
        </TextField>
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
          <CandidateSelect
            label={t('succession.record.head', { year: year + 1 })}
            value={headCode}
            onChange={setHead}
            candidates={members}
          />
          <CandidateSelect
            label={t('succession.record.deputy', { year: year + 1 })}
            value={deputyCode}
            onChange={setDeputy}
            candidates={members}
          />
        </Box>
        <TextInput
          label={t('succession.record.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          multiline
          minRows={2}
        />
        <Box>
          <Button type="submit" variant="contained" disabled={loading}>
            {t('succession.record.button')}
          </Button>
        </Box>
      </Box>
      <Notice message={message} />
      {data?.recordSuccession && <HandoverView election={data.recordSuccession} />}
    </Section>
  );
}
