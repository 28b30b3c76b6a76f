// The head attaches the cover letter (tờ trình) and the minutes: the number, date and signer each is generated with.
import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachedDocumentInput, DossierFieldsFragment } from '../../gql/graphql';
import { refusal } from '../../shared/api/problems';
import { TextInput } from '../../shared/ui/text-input';
import { DateField } from './dossier-parts';
import { ATTACH_DOSSIER_DOCUMENTS } from './dossiers.operations';

const today = () => new Date().toISOString().slice(0, 10);
const blank = (signerTitle: string): AttachedDocumentInput => ({
  number: '',
  date: today(),
  signerName: '',
  signerTitle,
});
const kept = (d: AttachedDocumentInput | null | undefined, signerTitle: string): AttachedDocumentInput =>
  d
    ? { number: d.number, date: d.date, signerName: d.signerName, signerTitle: d.signerTitle }
    : blank(signerTitle);

export function AttachForm({ dossier, onDone }: { dossier: DossierFieldsFragment; onDone: () => void }) {
  const { t } = useTranslation();
  const [coverLetter, setCoverLetter] = useState(kept(dossier.coverLetter, t('dossiers.attach.coverSigner')));
  const [minutes, setMinutes] = useState(kept(dossier.minutes, t('dossiers.attach.minutesSigner')));
  const [error, setError] = useState<string | null>(null);
  const [attach, { loading }] = useMutation(ATTACH_DOSSIER_DOCUMENTS, { refetchQueries: ['DossierStage'] });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await attach({ variables: { dossierId: dossier.id, coverLetter, minutes } });
      onDone();
    } catch (failure) {
      setError(refusal(t, failure));
    }
  };
  const title = t('dossiers.attach.title', { member: dossier.member.name });
  return (
    <Box
      component="form"
      aria-label={title}
      onSubmit={submit}
      noValidate
      sx={{ display: 'grid', gap: 2, width: '100%', maxWidth: 760, mt: 1 }}
    >
      <Typography component="h4" variant="subtitle1" sx={{ fontWeight: 600 }}>
        {title}
      </Typography>
      <DocumentFields
        legend={t('dossiers.attach.coverLetter')}
        value={coverLetter}
        onChange={setCoverLetter}
      />
      <DocumentFields legend={t('dossiers.attach.minutes')} value={minutes} onChange={setMinutes} />
      {error && (
        <Alert severity="error" role="alert">
          {error}
        </Alert>
      )}
      <Box sx={{ display: 'flex', gap: 2 }}>
        <Button type="submit" variant="contained" disabled={loading}>
          {t('dossiers.attach.save')}
        </Button>
      </Box>
    </Box>
  );
}

function DocumentFields({
  legend,
  value,
  onChange,
}: {
  legend: string;
  value: AttachedDocumentInput;
  onChange: (v: AttachedDocumentInput) => void;
}) {
  const { t } = useTranslation();
  const set = (key: keyof AttachedDocumentInput) => (text: string) => onChange({ ...value, [key]: text });
  return (
    <Box
      component="fieldset"
      sx={{
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        p: 2,
        display: 'flex',
        gap: 2,
        flexWrap: 'wrap',
      }}
    >
      <Typography component="legend" sx={{ px: 0.5, fontWeight: 600 }}>
        {legend}
      </Typography>
      <Box sx={{ flex: '1 1 160px' }}>
        <TextInput
          size="small"
          label={`${t('dossiers.attach.number')} (${legend})`}
          value={value.number}
          onChange={(e) => set('number')(e.target.value)}
        />
      </Box>
      <DateField
        label={`${t('dossiers.attach.date')} (${legend})`}
        value={value.date}
        onChange={set('date')}
      />
      <Box sx={{ flex: '1 1 200px' }}>
        <TextInput
          size="small"
          label={`${t('dossiers.attach.signerName')} (${legend})`}
          value={value.signerName}
          onChange={(e) => set('signerName')(e.target.value)}
        />
      </Box>
      <Box sx={{ flex: '1 1 160px' }}>
        <TextInput
          size="small"
          label={`${t('dossiers.attach.signerTitle')} (${legend})`}
          value={value.signerTitle}
          onChange={(e) => set('signerTitle')(e.target.value)}
        />
      </Box>
    </Box>
  );
}
