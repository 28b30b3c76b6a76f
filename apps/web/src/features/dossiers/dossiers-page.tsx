// The offices' award dossiers of a period: a member writes the achievement report of its own dossiers; the head
// opens the dossiers once the board approved the ranking, attaches the cover letter and the minutes, submits
// (again after a return) and downloads each dossier; once the board decided, the decision and certificates.
import { useMutation, useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierFieldsFragment, PeriodKind } from '../../gql/graphql';
import { refusal } from '../../shared/api/problems';
import { useYear } from '../../shared/api/year';
import { formatDate } from '../../shared/format/date';
import { MyGroupPage } from '../../shared/ui/my-group-page';
import { Section } from '../../shared/ui/section';
import { Empty, ErrorState, Loading, NoticeAlert, type Notice } from '../../shared/ui/states';
import { AchievementReportForm } from './achievement-form';
import { AttachForm } from './attach-form';
import { ArchiveButton, DateField, DecisionPanel, DossierSummary } from './dossier-parts';
import { DOSSIER_STAGE, OPEN_DOSSIERS, SUBMIT_DOSSIER } from './dossiers.operations';

export function DossiersPage() {
  const { t } = useTranslation();
  const { year } = useYear();
  return (
    <MyGroupPage title={t('dossiers.title')} noGroups={t('dossiers.noGroups', { year })}>
      {({ groupCode, kind, role, me }) => (
        <PeriodDossiers groupCode={groupCode} year={year} kind={kind} head={role === 'HEAD'} me={me.id} />
      )}
    </MyGroupPage>
  );
}

interface PeriodProps {
  groupCode: string;
  year: number;
  kind: PeriodKind;
  head: boolean;
  me: string;
}

function PeriodDossiers({ groupCode, year, kind, head, me }: PeriodProps) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(DOSSIER_STAGE, { variables: { groupCode, year, kind } });
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  const stage = data.dossierStage;
  const period = t('review.periodOf', { period: t(`review.kind.${kind}`), year });
  const opens = head && stage.periodState === 'REVIEWED';
  return (
    <>
      {stage.decision && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('dossiers.closed', {
            number: stage.decision.number,
            date: formatDate(`${stage.decision.date}T12:00:00+07:00`),
          })}
        </Alert>
      )}
      {stage.deadline && (
        <Typography sx={{ mb: 1 }}>{t('dossiers.deadline', { date: formatDate(stage.deadline) })}</Typography>
      )}
      {opens && <OpenForm groupCode={groupCode} year={year} kind={kind} opened={Boolean(stage.deadline)} />}
      {stage.dossiers.length === 0 ? (
        <Empty>
          {stage.periodState === 'REVIEWED' || stage.closed
            ? t('dossiers.none', { period })
            : t('dossiers.notOpen', { period })}
        </Empty>
      ) : (
        <Section title={t('dossiers.listTitle', { period })}>
          {head && stage.reportMissing.length > 0 && (
            <Typography variant="body2" sx={{ mb: 1 }}>
              {t('dossiers.reportMissing', { members: stage.reportMissing.map((m) => m.name).join(', ') })}
            </Typography>
          )}
          <Box component="ul" sx={{ p: 0, m: 0 }}>
            {stage.dossiers.map((d) => (
              <DossierItem key={d.id} dossier={d} head={head} own={d.member.id === me} />
            ))}
          </Box>
        </Section>
      )}
      {stage.decision && (
        <Section title={t('dossiers.decision.title')}>
          <DecisionPanel
            decision={stage.decision}
            groupCode={groupCode}
            year={year}
            kind={kind}
            only={head ? undefined : me}
          />
        </Section>
      )}
    </>
  );
}

function OpenForm({
  groupCode,
  year,
  kind,
  opened,
}: {
  groupCode: string;
  year: number;
  kind: PeriodKind;
  opened: boolean;
}) {
  const { t } = useTranslation();
  const [deadline, setDeadline] = useState('');
  const [notice, setNotice] = useState<Notice>(null);
  const [open, { loading }] = useMutation(OPEN_DOSSIERS, { refetchQueries: ['DossierStage'] });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      // The day's end in Vietnam: the deadline is a calendar day.
      await open({ variables: { groupCode, year, kind, deadline: `${deadline}T23:59:59+07:00` } });
      setNotice({ ok: true, text: t('dossiers.open.done') });
    } catch (error) {
      setNotice({ ok: false, text: refusal(t, error) });
    }
  };
  return (
    <Section title={t('dossiers.open.title')}>
      <Typography sx={{ mb: 1 }}>{t('dossiers.open.intro')}</Typography>
      <Box
        component="form"
        onSubmit={submit}
        sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}
      >
        <DateField label={t('dossiers.open.deadline')} value={deadline} onChange={setDeadline} />
        <Button type="submit" variant="contained" disabled={loading || !deadline}>
          {opened ? t('dossiers.open.move') : t('dossiers.open.submit')}
        </Button>
      </Box>
      <NoticeAlert notice={notice} sx={{ mt: 2 }} />
    </Section>
  );
}

function DossierItem({
  dossier,
  head,
  own,
}: {
  dossier: DossierFieldsFragment;
  head: boolean;
  own: boolean;
}) {
  const { t } = useTranslation();
  const [panel, setPanel] = useState<'report' | 'attach' | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [submit, { loading }] = useMutation(SUBMIT_DOSSIER, { refetchQueries: ['DossierStage'] });
  const withHead = dossier.state === 'DRAFT' || dossier.state === 'RETURNED';
  const name = t('dossiers.dossierOf', { award: dossier.awardTitle, member: dossier.member.name });
  const send = async () => {
    try {
      await submit({ variables: { dossierId: dossier.id } });
      setNotice({ ok: true, text: t('dossiers.submitted') });
    } catch (error) {
      setNotice({ ok: false, text: refusal(t, error) });
    }
  };
  const toggle = (p: 'report' | 'attach') => setPanel(panel === p ? null : p);
  return (
    <DossierSummary dossier={dossier}>
      {own && withHead && (
        <Button
          size="small"
          variant="outlined"
          aria-expanded={panel === 'report'}
          aria-label={`${t('dossiers.form.write')}: ${name}`}
          onClick={() => toggle('report')}
        >
          {t('dossiers.form.write')}
        </Button>
      )}
      {head && withHead && (
        <>
          <Button
            size="small"
            variant="outlined"
            aria-expanded={panel === 'attach'}
            aria-label={`${t('dossiers.attach.open')}: ${name}`}
            onClick={() => toggle('attach')}
          >
            {t('dossiers.attach.open')}
          </Button>
          <Button
            size="small"
            variant="contained"
            disabled={loading}
            aria-label={`${dossier.state === 'RETURNED' ? t('dossiers.resubmit') : t('dossiers.submit')}: ${name}`}
            onClick={() => void send()}
          >
            {dossier.state === 'RETURNED' ? t('dossiers.resubmit') : t('dossiers.submit')}
          </Button>
        </>
      )}
      {head && <ArchiveButton dossier={dossier} />}
      <NoticeAlert notice={notice} sx={{ width: '100%' }} />
      {panel === 'report' && <AchievementReportForm dossier={dossier} onDone={() => setPanel(null)} />}
      {panel === 'attach' && <AttachForm dossier={dossier} onDone={() => setPanel(null)} />}
    </DossierSummary>
  );
}
