// The head writes the year's covenant: numbered commitments (a target each where there is one) and the
// registration deadline; it can be rewritten until the first member signs.
import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CovenantFieldsFragment } from '../../gql/graphql';
import { refusal } from '../../shared/api/problems';
import { dayOf, endOfDay } from '../../shared/format/date';
import { TextInput } from '../../shared/ui/text-input';
import { PUBLISH_COVENANT } from './covenant.operations';

interface Row {
  text: string;
  target: string;
}

/** Registrations usually close with the first quarter; a covenant written later gets a month from today. */
const firstDeadline = (year: number) => {
  const endOfQuarter = `${year}-03-31`;
  const inAMonth = dayOf(new Date(Date.now() + 30 * 86_400_000).toISOString());
  return Date.parse(endOfDay(endOfQuarter)) > Date.now() ? endOfQuarter : inAMonth;
};

export function PublishForm({
  groupCode,
  year,
  covenant,
  onPublished,
}: {
  groupCode: string;
  year: number;
  covenant: CovenantFieldsFragment | null;
  onPublished: () => void;
}) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Row[]>(
    covenant?.commitments.map((c) => ({ text: c.text, target: c.target ?? '' })) ?? [
      { text: '', target: '' },
    ],
  );
  const [deadline, setDeadline] = useState(() =>
    covenant ? dayOf(covenant.registrationDeadline) : firstDeadline(year),
  );
  const [error, setError] = useState<string | null>(null);
  const [publish, { loading }] = useMutation(PUBLISH_COVENANT);
  const edit = (i: number, patch: Partial<Row>) =>
    setRows((all) => all.map((row, k) => (k === i ? { ...row, ...patch } : row)));

  const submit = async () => {
    const commitments = rows
      .filter((r) => r.text.trim())
      .map((r) => ({ text: r.text.trim(), target: r.target.trim() || null }));
    if (commitments.length === 0) return setError(t('covenant.publish.empty'));
    if (!deadline) return setError(t('covenant.publish.noDeadline'));
    setError(null);
    try {
      await publish({
        variables: { groupCode, year, commitments, registrationDeadline: endOfDay(deadline) },
      });
      onPublished();
    } catch (e) {
      setError(refusal(t, e));
    }
  };

  return (
    <Paper component="section" aria-labelledby="covenant-form-title" sx={{ p: 2, mt: 3 }}>
      <Typography component="h2" variant="h6" id="covenant-form-title" sx={{ mb: 2 }}>
        {t('covenant.publish.title')}
      </Typography>
      <Box component="ol" sx={{ pl: 3, m: 0, display: 'grid', gap: 2 }}>
        {rows.map((row, i) => (
          <li key={i}>
            <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'flex-start' }}>
              <Box sx={{ flex: '3 1 320px' }}>
                <TextInput
                  label={t('covenant.publish.commitment', { number: i + 1 })}
                  value={row.text}
                  multiline
                  onChange={(e) => edit(i, { text: e.target.value })}
                />
              </Box>
              <Box sx={{ flex: '1 1 180px' }}>
                <TextInput
                  label={t('covenant.publish.target', { number: i + 1 })}
                  value={row.target}
                  onChange={(e) => edit(i, { target: e.target.value })}
                />
              </Box>
              {rows.length > 1 && (
                <Button onClick={() => setRows((all) => all.filter((_, k) => k !== i))}>
                  {t('covenant.publish.remove', { number: i + 1 })}
                </Button>
              )}
            </Box>
          </li>
        ))}
      </Box>
      <Button sx={{ mt: 1 }} onClick={() => setRows((all) => [...all, { text: '', target: '' }])}>
        {t('covenant.publish.add')}
      </Button>
      <Box sx={{ maxWidth: 260, mt: 2 }}>
        <TextField
          fullWidth
          label={t('covenant.publish.deadline')}
          type="date"
          value={deadline}
          onChange={(e) => setDeadline(e.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
        />
      </Box>
      {error && (
        <Alert severity="error" role="alert" sx={{ mt: 2 }}>
          {error}
        </Alert>
      )}
      <Button variant="contained" sx={{ mt: 2 }} disabled={loading} onClick={() => void submit()}>
        {t('covenant.publish.button')}
      </Button>
    </Paper>
  );
}
