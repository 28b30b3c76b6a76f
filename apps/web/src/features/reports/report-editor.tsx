import { useMutation, useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import type { IndicatorInput, ReportQuery } from '../../gql/graphql';
import { errorInfo, errorMessage } from '../../shared/api/errors';
import { useYear } from '../../shared/api/year';
import { formatNumber, perItemPoints } from '../../shared/format/number';
import { NumberInput } from '../../shared/ui/number-input';
import { Empty, ErrorState, Loading } from '../../shared/ui/states';
import { TextInput } from '../../shared/ui/text-input';
import {
  computedFigure,
  type GroupIndicator,
  groupIndicators,
  indicatorRows,
  type LeafCriterion,
  leafCriteria,
  selfScoreInput,
} from './regulation';
import { CONFIRM_INDICATORS, REPORT, SAVE_REPORT, SUBMIT_REPORT } from './reports.operations';
import { EvidenceList } from './evidence-list';
import { type ConfirmedFigure, FiguresToConfirm } from './figures-to-confirm';
import { ImportReport } from './import-report';
import { IndicatorsTable } from './indicators-table';
import { Markdown } from './markdown';
import { WhatIfPanel } from './what-if-panel';
import { ConfirmDialog } from '../../shared/ui/confirm-dialog';

type Report = NonNullable<ReportQuery['submission']>;
interface Edits {
  sections: Record<string, string>;
  values: Record<string, string | null>;
  /** Self-scores by criterion: points, and the count of a per_item criterion. */
  scores: Record<string, { points: string; count?: number }>;
  refused: Set<string>;
}

export function ReportEditor() {
  const { id = '' } = useParams();
  const { year } = useYear();
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(REPORT, { variables: { id, year } });
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  if (!data.submission) return <Empty>{t('errors.NOT_FOUND')}</Empty>;
  return <Editor key={data.submission.id} report={data.submission} reload={() => void refetch()} />;
}

/**
 * The report's figures with the values typed, field by field (query objects also carry __typename), then the
 * group's own indicators the member entered that the report did not hold yet.
 */
function indicatorInputs(
  report: Report,
  values: Edits['values'],
  declared: readonly GroupIndicator[],
): IndicatorInput[] {
  const held = new Set(report.indicators.map((i) => i.key));
  const entered = declared
    .filter((d) => !held.has(d.key) && (values[d.key] ?? null) !== null)
    .map((d) => ({ key: d.key, label: d.label, unit: d.unit, value: values[d.key], confirmed: true }));
  const existing = report.indicators.map((i) => ({
    key: i.key,
    label: i.label,
    unit: i.unit,
    percentOfPlan: i.percentOfPlan,
    changeVsSamePeriodPercent: i.changeVsSamePeriodPercent,
    qualifier: i.qualifier,
    source: i.source,
    value: values[i.key],
    // A changed figure counts as confirmed.
    confirmed: i.confirmed || values[i.key] !== (i.value ?? null),
  }));
  return [...existing, ...entered];
}

function initialEdits(report: Report): Edits {
  return {
    sections: Object.fromEntries(report.sections.map((s) => [s.path, s.body])),
    values: Object.fromEntries(report.indicators.map((i) => [i.key, i.value ?? null])),
    scores: Object.fromEntries(
      report.selfScores.map((s) => [s.criterionId, { points: s.points, count: s.count ?? undefined }]),
    ),
    refused: new Set(),
  };
}

/** Each group's criteria, a criterion id shown once (under the first group that has it). */
function criteriaByGroup(report: Report): { group: string; criteria: LeafCriterion[] }[] {
  const seen = new Set<string>();
  return report.groups.map((g) => ({
    group: g.name,
    criteria: leafCriteria(g.regulation?.document).filter((c) => !seen.has(c.id) && seen.add(c.id)),
  }));
}

function Editor({ report, reload }: { report: Report; reload: () => void }) {
  const { t } = useTranslation();
  // Typed text lives here, apart from the server's copy: reloading after a stale save keeps it.
  const [edits, setEdits] = useState(() => initialEdits(report));
  const [notice, setNotice] = useState<{ severity: 'success' | 'error' | 'warning'; text: string } | null>(
    null,
  );
  const [stale, setStale] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [save, saving] = useMutation(SAVE_REPORT);
  const [submit, submitting] = useMutation(SUBMIT_REPORT);
  const [confirm, confirmingFigures] = useMutation(CONFIRM_INDICATORS);
  const [previewing, setPreviewing] = useState<ReadonlySet<string>>(new Set());
  const unconfirmed = report.indicators.filter((i) => !i.confirmed);
  const editable = report.state === 'DRAFT' || report.state === 'RETURNED';
  const groups = criteriaByGroup(report);
  const declared = groupIndicators(report.groups);

  const refuse = (field: string, refused: boolean) => {
    const next = new Set(edits.refused);
    if (refused) next.add(field);
    else next.delete(field);
    return next;
  };

  const saveDraft = async (values = edits.values): Promise<number | null> => {
    setNotice(null);
    if (edits.refused.size > 0) {
      setNotice({ severity: 'error', text: t('reports.refused') });
      return null;
    }
    try {
      const result = await save({
        variables: {
          id: report.id,
          patch: {
            version: report.version,
            sections: report.sections.map((s) => ({
              path: s.path,
              title: s.title,
              body: edits.sections[s.path] ?? '',
            })),
            indicators: indicatorInputs(report, values, declared),
            selfScores: Object.entries(edits.scores).map(([criterionId, s]) => ({
              criterionId,
              points: s.points,
              count: s.count,
              note: report.selfScores.find((o) => o.criterionId === criterionId)?.note,
            })),
          },
        },
      });
      setStale(false);
      setNotice({ severity: 'success', text: t('reports.saved') });
      reload();
      return result.data?.updateSubmission.version ?? null;
    } catch (e) {
      if (errorInfo(e).code === 'CONFLICT') setStale(true);
      else setNotice({ severity: 'error', text: errorMessage(t, e) });
      return null;
    }
  };

  // Corrections are saved first (a changed figure counts as confirmed), then every key is confirmed.
  const confirmFigures = async (figures: ConfirmedFigure[]) => {
    const values = { ...edits.values, ...Object.fromEntries(figures.map((f) => [f.key, f.value])) };
    setEdits({ ...edits, values });
    const version = await saveDraft(values);
    if (version === null) return;
    try {
      const keys = figures.map((f) => f.key);
      await confirm({ variables: { id: report.id, keys, version } });
      setNotice({ severity: 'success', text: t('reports.figures.confirmed', { count: keys.length }) });
      reload();
    } catch (e) {
      setNotice({ severity: 'error', text: errorMessage(t, e) });
    }
  };

  const submitReport = async () => {
    setConfirming(false);
    if ((await saveDraft()) === null) return;
    try {
      await submit({ variables: { id: report.id } });
      setNotice({ severity: 'success', text: t('reports.submitted') });
      reload();
    } catch (e) {
      setNotice({ severity: 'error', text: errorMessage(t, e) });
    }
  };

  return (
    <>
      <Link component={RouterLink} to=".." relative="path">
        {t('reports.back')}
      </Link>
      <Typography component="h2" variant="h6" sx={{ mt: 1 }}>
        {t('reports.period', { period: t(`reports.kind.${report.kind}`), year: report.year })} —{' '}
        {t(`reports.states.${report.state}`)}
      </Typography>
      {report.deliveries
        .filter((d) => d.returnReason)
        .map((d) => (
          <Alert key={d.group.code} severity="warning" sx={{ my: 1 }}>
            {t('reports.returned', { group: d.group.name, reason: d.returnReason })}{' '}
            {editable && t('reports.resubmit')}
          </Alert>
        ))}
      {!editable && (
        <Alert severity="info" sx={{ my: 1 }}>
          {t('reports.readOnly')}
        </Alert>
      )}
      {stale && (
        <Alert
          severity="warning"
          role="alert"
          sx={{ my: 1 }}
          action={
            <Button color="inherit" size="small" onClick={reload}>
              {t('reports.reload')}
            </Button>
          }
        >
          {t('reports.stale')}
        </Alert>
      )}
      {notice && (
        <Alert
          severity={notice.severity}
          role={notice.severity === 'error' ? 'alert' : 'status'}
          sx={{ my: 1 }}
        >
          {notice.text}
        </Alert>
      )}

      <Part title={t('reports.sections')}>
        {editable && <ImportReport submissionId={report.id} onImported={reload} />}
        {editable && unconfirmed.length > 0 && (
          <Box sx={{ mb: 2 }}>
            <FiguresToConfirm
              key={unconfirmed.map((i) => `${i.key}=${i.value ?? ''}`).join('|')}
              figures={unconfirmed}
              busy={confirmingFigures.loading || saving.loading}
              onConfirm={(figures) => void confirmFigures(figures)}
            />
          </Box>
        )}
        {report.sections.length === 0 && <Empty>{t('reports.noSections')}</Empty>}
        {report.sections.map((s) => (
          <Box key={s.path} sx={{ mb: 2 }}>
            <Button
              size="small"
              sx={{ mb: 0.5 }}
              aria-pressed={previewing.has(s.path)}
              onClick={() => {
                const next = new Set(previewing);
                if (!next.delete(s.path)) next.add(s.path);
                setPreviewing(next);
              }}
            >
              {t('reports.preview', { title: s.title })}
            </Button>
            {previewing.has(s.path) ? (
              <Box
                component="section"
                aria-label={s.title}
                sx={{ border: 1, borderColor: 'divider', borderRadius: 1, px: 2 }}
              >
                <Markdown text={edits.sections[s.path] ?? ''} />
              </Box>
            ) : (
              <TextInput
                label={s.title}
                multiline
                minRows={3}
                maxRows={12}
                readOnly={!editable}
                value={edits.sections[s.path] ?? ''}
                onChange={(e) =>
                  setEdits({ ...edits, sections: { ...edits.sections, [s.path]: e.target.value } })
                }
              />
            )}
          </Box>
        ))}
      </Part>

      <Part title={t('reports.indicators')}>
        <IndicatorsTable
          rows={indicatorRows(report.indicators, declared)}
          values={edits.values}
          editable={editable}
          onChange={(key, value, refused) =>
            setEdits({
              ...edits,
              values: { ...edits.values, [key]: value },
              refused: refuse(`indicator:${key}`, refused),
            })
          }
        />
      </Part>

      <Part title={t('reports.selfScores')}>
        {groups.map(({ group, criteria }) => (
          <Box key={group} sx={{ mb: 2 }}>
            <Typography component="h4" variant="subtitle2" sx={{ mb: 1 }}>
              {group}
            </Typography>
            <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
              {criteria.map((c) => (
                <Box key={c.id}>
                  <Typography variant="body2" sx={{ mb: 0.5 }}>
                    {c.id}. {c.title}
                  </Typography>
                  <SelfScoreField
                    declared={declared}
                    criterion={c}
                    editable={editable}
                    value={edits.scores[c.id]}
                    onChange={(value, refused) => {
                      const scores = { ...edits.scores };
                      if (value) scores[c.id] = value;
                      else delete scores[c.id];
                      setEdits({ ...edits, scores, refused: refuse(`score:${c.id}`, refused) });
                    }}
                  />
                  <EvidenceList
                    submissionId={report.id}
                    criterionId={c.id}
                    files={report.evidence.filter((e) => e.criterionId === c.id)}
                    editable={editable}
                    onChanged={reload}
                  />
                </Box>
              ))}
            </Box>
          </Box>
        ))}
      </Part>

      <Part title={t('reports.whatIf.title')}>
        <WhatIfPanel
          year={report.year}
          kind={report.kind}
          groups={report.groups.map((g) => ({
            code: g.code,
            name: g.name,
            criterionIds: leafCriteria(g.regulation?.document).map((c) => c.id),
          }))}
          indicators={indicatorInputs(report, edits.values, declared)}
          criteria={Object.entries(edits.scores).map(([criterionId, s]) => ({
            criterionId,
            points: s.points,
            count: s.count,
          }))}
        />
      </Part>

      {editable && (
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mt: 2 }}>
          <Button variant="outlined" disabled={saving.loading} onClick={() => void saveDraft()}>
            {t('reports.save')}
          </Button>
          <Button variant="contained" disabled={submitting.loading} onClick={() => setConfirming(true)}>
            {t('reports.submit')}
          </Button>
        </Box>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('reports.confirmTitle')}
        text={t('reports.confirmText', { groups: report.groups.map((g) => g.name).join('; ') })}
        cancel={t('reports.cancel')}
        confirm={t('reports.confirm')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void submitReport()}
      />
    </>
  );
}

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper component="section" aria-label={title} sx={{ p: 2, mt: 2 }}>
      <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

interface SelfScoreProps {
  criterion: LeafCriterion;
  /** The group's own indicators, to name the figure a computed criterion reads. */
  declared: readonly GroupIndicator[];
  editable: boolean;
  value: { points: string; count?: number } | undefined;
  onChange: (value: { points: string; count?: number } | null, refused: boolean) => void;
}

/** The input a criterion's method asks for: points, a toggle for pass/fail, a count per item; none when computed. */
function SelfScoreField({ criterion: c, declared, editable, value, onChange }: SelfScoreProps) {
  const { t } = useTranslation();
  const label = t('reports.selfScore', { id: c.id });
  const input = selfScoreInput(c.method.type);
  if (input === null) {
    return (
      <Typography variant="body2" color="text.secondary">
        {c.method.indicator
          ? t('reports.computed', { indicator: computedFigure(c.method, declared) })
          : t('reports.computedFromLateness')}
      </Typography>
    );
  }
  if (input === 'toggle') {
    return (
      <FormControlLabel
        label={label}
        control={
          <Switch
            disabled={!editable}
            checked={value?.points === c.max}
            onChange={(e) => onChange({ points: e.target.checked ? c.max : '0' }, false)}
          />
        }
      />
    );
  }
  if (input === 'count') {
    const points = String(c.method.points ?? '0');
    return (
      <NumberInput
        size="small"
        label={label}
        readOnly={!editable}
        value={value?.count !== undefined ? String(value.count) : null}
        helperText={t('reports.perItem', { points: formatNumber(points), max: formatNumber(c.max) })}
        onChange={(count, refused) => {
          const whole = count !== null && /^\d+$/.test(count);
          if (count === null || !whole) return onChange(null, refused || (count !== null && !whole));
          onChange({ count: Number(count), points: perItemPoints(Number(count), points, c.max) }, false);
        }}
      />
    );
  }
  return (
    <NumberInput
      size="small"
      label={label}
      readOnly={!editable}
      value={value?.points ?? null}
      helperText={t('reports.maxPoints', { max: formatNumber(c.max) })}
      onChange={(points, refused) => onChange(points === null ? null : { points }, refused)}
    />
  );
}
