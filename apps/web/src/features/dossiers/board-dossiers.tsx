// The board's side of the dossiers (review workspace): the dossiers submitted to it — accept, return with a
// reason, reject with a reason — then its decision (number, date, signer, the accepted dossiers it grants), which
// closes the period, and the decision's and certificates' downloads.
import { useMutation, useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import Typography from '@mui/material/Typography';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierFieldsFragment, DossierOutcome, DossierStageQuery, PeriodKind } from '../../gql/graphql';
import { refusal } from '../../shared/api/problems';
import { Section } from '../../shared/ui/section';
import { NoticeAlert, type Notice } from '../../shared/ui/states';
import { TextInput } from '../../shared/ui/text-input';
import { PERIOD_KINDS } from '../../shared/ui/group-period-picker';
import { ArchiveButton, DateField, DecisionPanel, DossierSummary } from './dossier-parts';
import { DECIDE_DOSSIER, DOSSIER_STAGE, RECORD_DECISION } from './dossiers.operations';

interface Group {
  code: string;
  name: string;
}

export function BoardDossiers({ groups, year }: { groups: Group[]; year: number }) {
  return (
    <>
      {groups.flatMap((g) =>
        PERIOD_KINDS.map((kind) => (
          <BoardStage key={`${g.code}-${kind}`} group={g} year={year} kind={kind} />
        )),
      )}
    </>
  );
}

function BoardStage({ group, year, kind }: { group: Group; year: number; kind: PeriodKind }) {
  const { t } = useTranslation();
  const { data } = useQuery(DOSSIER_STAGE, { variables: { groupCode: group.code, year, kind } });
  const stage = data?.dossierStage;
  // Nothing submitted to the board for this period: nothing shown.
  if (!stage || (stage.dossiers.length === 0 && !stage.decision)) return null;
  const period = t('review.periodOf', { period: t(`review.kind.${kind}`), year });
  return (
    <Section title={t('dossiers.board.title', { group: group.name, period })}>
      <Box component="ul" sx={{ p: 0, m: 0 }}>
        {stage.dossiers.map((d) => (
          <BoardDossier key={d.id} dossier={d} />
        ))}
      </Box>
      {stage.decision ? (
        <DecisionPanel decision={stage.decision} groupCode={group.code} year={year} kind={kind} />
      ) : (
        stage.periodState === 'REVIEWED' && <DecisionForm stage={stage} groupCode={group.code} />
      )}
    </Section>
  );
}

function BoardDossier({ dossier }: { dossier: DossierFieldsFragment }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [notice, setNotice] = useState<Notice>(null);
  const [decide, { loading }] = useMutation(DECIDE_DOSSIER, { refetchQueries: ['DossierStage'] });
  const name = t('dossiers.dossierOf', { award: dossier.awardTitle, member: dossier.member.name });
  const act = async (outcome: DossierOutcome) => {
    if (outcome !== 'ACCEPT' && !reason.trim()) {
      setNotice({ ok: false, text: t('dossiers.board.needsReason') });
      return;
    }
    try {
      await decide({ variables: { dossierId: dossier.id, outcome, reason: reason.trim() || null } });
      setNotice({ ok: true, text: t('dossiers.board.decided') });
    } catch (error) {
      setNotice({ ok: false, text: refusal(t, error) });
    }
  };
  const outcomes: [DossierOutcome, string, 'contained' | 'outlined'][] = [
    ['ACCEPT', t('dossiers.board.accept'), 'contained'],
    ['RETURN', t('dossiers.board.return'), 'outlined'],
    ['REJECT', t('dossiers.board.reject'), 'outlined'],
  ];
  return (
    <DossierSummary dossier={dossier}>
      {dossier.state === 'SUBMITTED' && (
        <>
          <Box sx={{ flex: '1 1 100%' }}>
            <TextInput
              size="small"
              label={`${t('dossiers.board.reasonLabel')}: ${name}`}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </Box>
          {outcomes.map(([outcome, label, variant]) => (
            <Button
              key={outcome}
              size="small"
              variant={variant}
              disabled={loading}
              aria-label={`${label}: ${name}`}
              onClick={() => void act(outcome)}
            >
              {label}
            </Button>
          ))}
        </>
      )}
      <ArchiveButton dossier={dossier} />
      <NoticeAlert notice={notice} sx={{ width: '100%' }} />
    </DossierSummary>
  );
}

type Stage = DossierStageQuery['dossierStage'];

function DecisionForm({ stage, groupCode }: { stage: Stage; groupCode: string }) {
  const { t } = useTranslation();
  const accepted = stage.dossiers.filter((d) => d.state === 'ACCEPTED');
  const [number, setNumber] = useState('');
  const [date, setDate] = useState(new Date().toISOString().slice(0, 10));
  const [signerName, setSignerName] = useState('');
  const [signerTitle, setSignerTitle] = useState('');
  // What the board leaves out: a dossier accepted after the form opened is granted unless unticked.
  const [excluded, setExcluded] = useState<string[]>([]);
  const granted = accepted.map((d) => d.id).filter((id) => !excluded.includes(id));
  const [notice, setNotice] = useState<Notice>(null);
  const [record, { loading }] = useMutation(RECORD_DECISION, { refetchQueries: ['DossierStage'] });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const input = {
        groupCode,
        year: stage.year,
        kind: stage.kind,
        number,
        date,
        signerName,
        signerTitle,
        dossierIds: granted,
      };
      const { data } = await record({ variables: { input } });
      setNotice({ ok: true, text: t('dossiers.decision.recorded', { number: data?.recordDecision.number }) });
    } catch (error) {
      setNotice({ ok: false, text: refusal(t, error) });
    }
  };
  const title = t('dossiers.decision.title');
  return (
    <Box
      component="form"
      aria-label={title}
      onSubmit={submit}
      noValidate
      sx={{ display: 'grid', gap: 2, maxWidth: 640, mt: 2 }}
    >
      <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
        {title}
      </Typography>
      {stage.boardToAct.length > 0 && <Alert severity="info">{t('dossiers.decision.pending')}</Alert>}
      <TextInput
        label={t('dossiers.decision.number')}
        value={number}
        onChange={(e) => setNumber(e.target.value)}
        required
      />
      <DateField label={t('dossiers.decision.date')} value={date} onChange={setDate} />
      <TextInput
        label={t('dossiers.decision.signerName')}
        value={signerName}
        onChange={(e) => setSignerName(e.target.value)}
        required
      />
      <TextInput
        label={t('dossiers.decision.signerTitle')}
        value={signerTitle}
        onChange={(e) => setSignerTitle(e.target.value)}
        required
      />
      <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
        <Typography component="legend" sx={{ fontWeight: 600 }}>
          {t('dossiers.decision.grants')}
        </Typography>
        {accepted.length === 0 ? (
          <Typography>{t('dossiers.decision.noneAccepted')}</Typography>
        ) : (
          <FormGroup>
            {accepted.map((d) => (
              <FormControlLabel
                key={d.id}
                control={
                  <Checkbox
                    checked={granted.includes(d.id)}
                    onChange={(e) =>
                      setExcluded(
                        e.target.checked ? excluded.filter((id) => id !== d.id) : [...excluded, d.id],
                      )
                    }
                  />
                }
                label={t('dossiers.dossierOf', { award: d.awardTitle, member: d.member.name })}
              />
            ))}
          </FormGroup>
        )}
      </Box>
      <NoticeAlert notice={notice} />
      <Box>
        <Button type="submit" variant="contained" disabled={loading}>
          {t('dossiers.decision.record')}
        </Button>
      </Box>
    </Box>
  );
}
