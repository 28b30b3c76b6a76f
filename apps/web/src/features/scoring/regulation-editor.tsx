// The regulation of a group and year: paste or upload a JSON document, check it, preview its criteria
// tree, publish it (publishRegulation, whose BAD_USER_INPUT lists the problems the same way).
import { useMutation, useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/format/number';
import { ErrorState, Loading } from '../../shared/ui/states';
import { TextInput } from '../../shared/ui/text-input';
import { type Problem, problemsOf, refusal } from '../../shared/api/problems';
import { checkRegulation } from './regulation-check';
import { PUBLISH_REGULATION, VOTE_SCOPE } from './scoring.operations';
import { sheetRows } from './sheet';
import { DraftNote, REGULATION_DRAFT, SaveDraftButton } from '../succession';

interface Props {
  group: { code: string; name: string };
  year: number;
}

export function RegulationEditor({ group, year }: Props) {
  const { data, error, refetch } = useQuery(VOTE_SCOPE, { variables: { groupCode: group.code, year } });
  const current = data?.group?.regulation ?? null;
  // Before a year's first version, the draft the election's handover copied from the year before (if any).
  const drafts = useQuery(REGULATION_DRAFT, {
    variables: { groupCode: group.code, year },
    skip: !data || current !== null,
  });
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data || (current === null && drafts.loading)) return <Loading />;
  const draft = current ? null : (drafts.data?.regulationDraft ?? null);
  return (
    <Editor group={group} year={year} current={current} draft={draft} onPublished={() => void refetch()} />
  );
}

type Outcome =
  { kind: 'problems'; problems: Problem[] } | { kind: 'ok' | 'published' | 'error'; text: string };

function Editor({
  group,
  year,
  current,
  draft,
  onPublished,
}: Props & {
  current: { id: string; document?: unknown } | null;
  draft: { document: unknown; copiedFromYear?: number | null } | null;
  onPublished: () => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => {
    const start = current ?? draft;
    return start ? JSON.stringify(start.document, null, 2) : '';
  });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [publish, { loading }] = useMutation(PUBLISH_REGULATION);

  /** The document typed, or null after saying why it is not JSON. */
  const parse = (): unknown => {
    try {
      return JSON.parse(text);
    } catch (e) {
      setOutcome({ kind: 'error', text: t('scoring.regulation.notJson', { detail: (e as Error).message }) });
      return null;
    }
  };
  let preview: unknown = null;
  try {
    preview = JSON.parse(text);
  } catch {
    // Shown on Kiểm tra; the preview waits for valid JSON.
  }
  const rows = sheetRows(preview).filter((r) => r.kind === 'heading' || r.kind === 'criterion');

  const check = async () => {
    const document = parse();
    if (document === null) return;
    const problems = await checkRegulation(t, document, group.code, year);
    setOutcome(
      problems.length ? { kind: 'problems', problems } : { kind: 'ok', text: t('scoring.regulation.ok') },
    );
  };

  const submit = async () => {
    const document = parse();
    if (document === null) return;
    try {
      const result = await publish({ variables: { groupCode: group.code, year, document } });
      setOutcome({
        kind: 'published',
        text: t('scoring.regulation.published', { version: result.data?.publishRegulation.version }),
      });
      onPublished();
    } catch (e) {
      const problems = problemsOf(e);
      setOutcome(problems.length ? { kind: 'problems', problems } : { kind: 'error', text: refusal(t, e) });
    }
  };

  return (
    <Paper component="section" aria-labelledby="regulation-title" sx={{ p: 2 }}>
      <Typography component="h2" variant="h6" id="regulation-title">
        {t('scoring.regulation.title', { group: group.name, year })}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {current
          ? t('scoring.regulation.current', { version: (current as { version?: number }).version ?? '' })
          : t('scoring.regulation.noCurrent')}
      </Typography>
      {draft && <DraftNote year={year} copiedFromYear={draft.copiedFromYear ?? null} />}
      <Box sx={{ mb: 2 }}>
        <Typography
          component="label"
          htmlFor="regulation-file"
          variant="body2"
          sx={{ display: 'block', mb: 0.5 }}
        >
          {t('scoring.regulation.file')}
        </Typography>
        <input
          id="regulation-file"
          type="file"
          accept=".json,application/json"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (file) setText(await file.text());
            setOutcome(null);
          }}
        />
      </Box>
      <TextInput
        label={t('scoring.regulation.document')}
        multiline
        minRows={10}
        maxRows={24}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOutcome(null);
        }}
        inputProps={{ spellCheck: false, style: { fontFamily: 'monospace', fontSize: 13 } }}
      />
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', my: 2 }}>
        <Button variant="outlined" onClick={() => void check()}>
          {t('scoring.regulation.check')}
        </Button>
        <Button variant="contained" disabled={loading} onClick={() => void submit()}>
          {t('scoring.regulation.publish')}
        </Button>
        {draft && <SaveDraftButton groupCode={group.code} year={year} read={parse} />}
      </Box>
      {outcome?.kind === 'problems' && (
        <Alert severity="error" role="alert">
          <Typography variant="subtitle2" component="p">
            {t('scoring.regulation.problems', { count: outcome.problems.length })}
          </Typography>
          <Box component="ul" sx={{ pl: 2, m: 0 }}>
            {outcome.problems.map((p, i) => (
              <li key={`${p.path}-${i}`}>
                {t('scoring.regulation.problem', {
                  path: p.path || t('scoring.regulation.root'),
                  message: p.message,
                })}
              </li>
            ))}
          </Box>
        </Alert>
      )}
      {outcome && outcome.kind !== 'problems' && (
        <Alert
          severity={outcome.kind === 'error' ? 'error' : 'success'}
          role={outcome.kind === 'error' ? 'alert' : 'status'}
        >
          {outcome.text}
        </Alert>
      )}
      <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600, mt: 2 }}>
        {t('scoring.regulation.preview')}
      </Typography>
      {rows.length === 0 ? (
        <Typography variant="body2">{t('scoring.regulation.previewEmpty')}</Typography>
      ) : (
        <Box component="ul" aria-label={t('scoring.regulation.preview')} sx={{ listStyle: 'none', pl: 0 }}>
          {rows.map((r) => (
            <Box
              component="li"
              key={r.id}
              sx={{ pl: r.depth * 3, py: 0.25, fontWeight: r.kind === 'heading' ? 600 : 400 }}
            >
              {r.id}. {r.title} — {r.max !== null ? t('scoring.grid.max', { max: formatNumber(r.max) }) : ''}
            </Box>
          ))}
        </Box>
      )}
    </Paper>
  );
}
