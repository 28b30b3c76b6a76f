// The member's side of the explanation round: per criterion its self-score beside the head's score and reason,
// and where they differ a form to explain (text and new evidence) while the window is open.
import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodKind } from '../../gql/graphql';
import { fileToBase64 } from '../../shared/api/files';
import { refusal } from '../../shared/api/problems';
import { formatNumber } from '../../shared/format/number';
import { FilePicker } from '../../shared/ui/file-picker';
import { ScrollTable } from '../../shared/ui/scroll-table';
import { Section } from '../../shared/ui/section';
import { STACKED_ON_PHONE } from '../../shared/ui/stacked-on-phone';
import { Empty } from '../../shared/ui/states';
import { TextInput } from '../../shared/ui/text-input';
import { EXPLAIN_SCORE, REFETCH } from './explanations.operations';
import { decisionText, EvidenceDownloads, type Item, type Round, WindowStatus } from './window-status';

interface Props {
  groupCode: string;
  year: number;
  kind: PeriodKind;
  round: Round | null;
}

export function MemberRound({ groupCode, year, kind, round }: Props) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<string | null>(null);
  if (!round) return <Empty>{t('explanations.notOpened')}</Empty>;
  const open = round.window.open;
  const toExplain = open ? round.items.filter((i) => i.disputed && !i.explanation) : [];
  const none = t('explanations.scores.none');
  return (
    <>
      <WindowStatus window={round.window} />
      {notice && (
        <Alert severity="success" role="status" sx={{ mb: 2 }}>
          {notice}
        </Alert>
      )}
      <Section title={t('explanations.scores.title')}>
        {round.items.length === 0 ? (
          <Empty>{t('explanations.scores.noScores')}</Empty>
        ) : (
          <ScrollTable label={t('explanations.scores.caption', { period: t(`picker.kind.${kind}`), year })}>
            <Table size="small" sx={STACKED_ON_PHONE}>
              <caption style={{ captionSide: 'top', textAlign: 'left', padding: '8px 16px' }}>
                {t('explanations.scores.caption', { period: t(`picker.kind.${kind}`), year })}
              </caption>
              <TableHead>
                <TableRow>
                  <TableCell>{t('explanations.scores.criterion')}</TableCell>
                  <TableCell sx={numeric}>{t('explanations.scores.self')}</TableCell>
                  <TableCell sx={numeric}>{t('explanations.scores.head')}</TableCell>
                  <TableCell>{t('explanations.scores.reason')}</TableCell>
                  <TableCell>{t('explanations.scores.state')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {round.items.map((item) => (
                  <TableRow key={item.criterionId} selected={item.disputed}>
                    <TableCell data-label={t('explanations.scores.criterion')}>
                      {item.criterionId} {item.title}
                    </TableCell>
                    <TableCell sx={numeric} data-label={t('explanations.scores.self')}>
                      {item.selfPoints === null ? none : formatNumber(item.selfPoints)}
                    </TableCell>
                    <TableCell sx={numeric} data-label={t('explanations.scores.head')}>
                      {formatNumber(item.headPoints)}
                    </TableCell>
                    <TableCell data-label={t('explanations.scores.reason')}>
                      {item.headReason ?? none}
                    </TableCell>
                    <TableCell data-label={t('explanations.scores.state')}>
                      {decisionText(t, item)}
                      {item.explanation?.secondReason && (
                        <Typography variant="body2" color="text.secondary">
                          {t('explanations.explanation.secondReason', {
                            reason: item.explanation.secondReason,
                          })}
                        </Typography>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </ScrollTable>
        )}
      </Section>
      {round.items
        .filter((i) => i.explanation)
        .map((item) => (
          <Section
            key={item.criterionId}
            title={t('explanations.form.title', { id: item.criterionId, title: item.title })}
          >
            <Typography sx={{ whiteSpace: 'pre-wrap' }}>
              {t('explanations.explanation.text', { text: item.explanation!.text })}
            </Typography>
            <EvidenceDownloads files={item.explanation!.evidence} />
          </Section>
        ))}
      {toExplain.map((item) => (
        <ExplainForm
          key={item.criterionId}
          groupCode={groupCode}
          year={year}
          kind={kind}
          item={item}
          onDone={() => setNotice(t('explanations.form.done', { id: item.criterionId }))}
        />
      ))}
    </>
  );
}

function ExplainForm({
  groupCode,
  year,
  kind,
  item,
  onDone,
}: Omit<Props, 'round'> & { item: Item; onDone: () => void }) {
  const { t } = useTranslation();
  const id = item.criterionId;
  const [text, setText] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [explain, { loading }] = useMutation(EXPLAIN_SCORE, REFETCH);
  const submit = async () => {
    if (!text.trim()) return setError(t('explanations.form.empty'));
    setError(null);
    try {
      const evidence = await Promise.all(
        files.map(async (f) => ({ fileName: f.name, contentBase64: await fileToBase64(f) })),
      );
      await explain({ variables: { input: { groupCode, year, kind, criterionId: id, text, evidence } } });
      onDone();
    } catch (e) {
      setError(refusal(t, e));
    }
  };
  return (
    <Section title={t('explanations.form.title', { id, title: item.title })}>
      <Box sx={{ display: 'grid', gap: 1.5 }}>
        <TextInput
          label={t('explanations.form.text', { id })}
          value={text}
          multiline
          minRows={3}
          onChange={(e) => setText(e.target.value)}
        />
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
          <FilePicker
            label={t('explanations.form.file', { id })}
            buttonText={t('explanations.form.attach')}
            buttonLabel={t('explanations.form.attachFor', { id })}
            accept=".pdf,.docx,.jpg,.jpeg,.png"
            onFile={(file) => setFiles((all) => [...all, file])}
          />
          {files.length > 0 && (
            <Typography variant="body2">
              {t('explanations.form.chosen', { files: files.map((f) => f.name).join(', ') })}
            </Typography>
          )}
        </Box>
        {error && (
          <Alert severity="error" role="alert">
            {error}
          </Alert>
        )}
        <Box>
          <Button
            variant="contained"
            disabled={loading}
            aria-label={t('explanations.form.submitFor', { id })}
            onClick={() => void submit()}
          >
            {t('explanations.form.submit')}
          </Button>
        </Box>
      </Box>
    </Section>
  );
}

// Right-aligned beside the other columns; on a phone the stacked card keeps its label first (MUI's align
// "right" would reverse the cell's flex row).
const numeric = { textAlign: { sm: 'right' } } as const;
