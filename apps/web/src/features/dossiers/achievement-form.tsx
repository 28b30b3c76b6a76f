// The member's achievement report of one dossier: the form, prefilled from its report and the ranking, or a file.
import { useMutation, useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  AchievementFormQuery,
  DossierFieldsFragment,
  SaveAchievementReportMutationVariables,
} from '../../gql/graphql';
import { refusal } from '../../shared/api/problems';
import { FilePicker } from '../../shared/ui/file-picker';
import { ErrorState, Loading, NoticeAlert, type Notice } from '../../shared/ui/states';
import { TextInput } from '../../shared/ui/text-input';
import { figureLines, lines, readFigures } from './dossiers.logic';
import { ACHIEVEMENT_FORM, SAVE_ACHIEVEMENT_REPORT } from './dossiers.operations';
import { fileToBase64 } from '../../shared/api/files';

type Saved = AchievementFormQuery['achievementForm'];

export function AchievementReportForm({
  dossier,
  onDone,
}: {
  dossier: DossierFieldsFragment;
  onDone: () => void;
}) {
  const { data, error, refetch } = useQuery(ACHIEVEMENT_FORM, {
    variables: { dossierId: dossier.id },
    fetchPolicy: 'network-only',
  });
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  return <Fields dossier={dossier} saved={data.achievementForm} onDone={onDone} />;
}

function Fields({
  dossier,
  saved,
  onDone,
}: {
  dossier: DossierFieldsFragment;
  saved: Saved;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [introduction, setIntroduction] = useState(saved.introduction);
  const [achievements, setAchievements] = useState(saved.achievements);
  const [figures, setFigures] = useState(figureLines(saved.figures));
  const [titles, setTitles] = useState(saved.titles.join('\n'));
  const [signerTitle, setSignerTitle] = useState(saved.signerTitle);
  const [signerName, setSignerName] = useState(saved.signerName);
  const [notice, setNotice] = useState<Notice>(null);
  const [save, { loading }] = useMutation(SAVE_ACHIEVEMENT_REPORT, { refetchQueries: ['DossierStage'] });
  const store = async (variables: SaveAchievementReportMutationVariables, done: string) => {
    try {
      await save({ variables });
      setNotice({ ok: true, text: done });
    } catch (error) {
      setNotice({ ok: false, text: refusal(t, error) });
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void store(
      {
        dossierId: dossier.id,
        form: {
          introduction,
          achievements,
          figures: readFigures(figures),
          titles: lines(titles),
          signerTitle,
          signerName,
        },
      },
      t('dossiers.form.saved'),
    );
  };
  const upload = async (file: File) => {
    await store(
      { dossierId: dossier.id, file: { fileName: file.name, contentBase64: await fileToBase64(file) } },
      t('dossiers.form.uploaded', { file: file.name }),
    );
  };
  const title = t('dossiers.form.title', { award: dossier.awardTitle });
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
      {saved.prefilled && <Alert severity="info">{t('dossiers.form.prefilled')}</Alert>}
      <Typography>{t('dossiers.form.ranking', { total: saved.total, rank: saved.rank })}</Typography>
      <TextInput
        label={t('dossiers.form.introduction')}
        value={introduction}
        onChange={(e) => setIntroduction(e.target.value)}
        multiline
        minRows={2}
      />
      <TextInput
        label={t('dossiers.form.achievements')}
        value={achievements}
        onChange={(e) => setAchievements(e.target.value)}
        multiline
        minRows={4}
      />
      <TextInput
        label={t('dossiers.form.figures')}
        value={figures}
        onChange={(e) => setFigures(e.target.value)}
        multiline
        minRows={2}
      />
      <TextInput
        label={t('dossiers.form.titles')}
        value={titles}
        onChange={(e) => setTitles(e.target.value)}
        multiline
        minRows={2}
      />
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <Box sx={{ flex: '1 1 240px' }}>
          <TextInput
            label={t('dossiers.form.signerTitle')}
            value={signerTitle}
            onChange={(e) => setSignerTitle(e.target.value)}
          />
        </Box>
        <Box sx={{ flex: '1 1 240px' }}>
          <TextInput
            label={t('dossiers.form.signerName')}
            value={signerName}
            onChange={(e) => setSignerName(e.target.value)}
          />
        </Box>
      </Box>
      <NoticeAlert notice={notice} />
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        <Button type="submit" variant="contained" disabled={loading}>
          {t('dossiers.form.save')}
        </Button>
        <FilePicker
          label={t('dossiers.form.upload')}
          buttonText={t('dossiers.form.uploadButton')}
          accept=".pdf,.docx,.doc"
          disabled={loading}
          onFile={(f) => void upload(f)}
        />
        <Button variant="text" onClick={onDone}>
          {t('dossiers.form.close')}
        </Button>
      </Box>
    </Box>
  );
}
