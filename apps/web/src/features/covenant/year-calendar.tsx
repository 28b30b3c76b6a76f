// The group's year at a glance: each step with its date, its state and who still has to act — the covenant,
// the registration deadline, each period's report deadline, explanation round, publication, review, award
// dossiers and decision, and the election of next year's head.
import { useQuery } from '@apollo/client/react';
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type {
  CalendarDossiersFragment,
  CalendarExplanationsFragment,
  CovenantFieldsFragment,
  PeriodKind,
} from '../../gql/graphql';
import { formatDate } from '../../shared/format/date';
import { ScrollTable } from '../../shared/ui/scroll-table';
import { STACKED_ON_PHONE } from '../../shared/ui/stacked-on-phone';
import { ErrorState, Loading } from '../../shared/ui/states';
import { periodRules } from '../reports';
import { YEAR_CALENDAR, YEAR_LATER_STEPS, YEAR_SUBMITTED } from './covenant.operations';

type State = 'done' | 'open' | 'late' | 'waiting';
const CHIP: Record<State, 'success' | 'primary' | 'error' | 'default'> = {
  done: 'success',
  open: 'primary',
  late: 'error',
  waiting: 'default',
};
export interface Step {
  key: string;
  title: string;
  date: string | null;
  state: State;
  /** Who still has to act, as the reader should read it; empty when nobody. */
  who: string;
}

interface Props {
  groupCode: string;
  year: number;
  head: boolean;
  me: string;
  covenant: CovenantFieldsFragment | null;
}

export function YearCalendar({ groupCode, year, head, me, covenant }: Props) {
  const { t } = useTranslation();
  const [now] = useState(Date.now);
  const calendar = useQuery(YEAR_CALENDAR, { variables: { groupCode, year } });
  const submitted = useQuery(YEAR_SUBMITTED, { variables: { groupCode, year }, skip: !head });
  // Without a regulation the year has no periods, and so no later steps to ask about.
  const later = useQuery(YEAR_LATER_STEPS, {
    variables: { groupCode, year },
    skip: !calendar.data?.group?.regulation,
  });
  const error = calendar.error ?? submitted.error ?? later.error;
  if (error) return <ErrorState error={error} onRetry={() => void calendar.refetch()} />;
  if (!calendar.data || (head && !submitted.data) || (calendar.data.group?.regulation && !later.data))
    return <Loading />;
  const data = calendar.data;
  const laterSteps = later.data;

  const you = t('covenant.calendar.you');
  const names = (list: { name: string }[]) => list.map((m) => m.name).join(', ');
  // The head reads who; a member reads whether it is itself (the API gives a member only its own name).
  const whoOf = (list: { code: string; name: string }[]) =>
    head ? names(list) : list.some((m) => m.code === me) ? you : '';
  const past = (iso: string | null | undefined) => iso != null && Date.parse(iso) < now;
  const steps: Step[] = [];
  steps.push({
    key: 'covenant',
    title: t('covenant.calendar.covenant'),
    date: covenant?.publishedAt ?? null,
    state: covenant ? 'done' : 'waiting',
    who: covenant ? '' : t('covenant.calendar.theHead'),
  });
  if (covenant) {
    const unsigned = head
      ? names(covenant.notSigned)
      : covenant.signatures.some((s) => s.member.code === me)
        ? ''
        : you;
    steps.push({
      key: 'sign',
      title: t('covenant.calendar.sign'),
      date: null,
      state: unsigned ? 'open' : 'done',
      who: unsigned,
    });
    const unregistered = head
      ? names(covenant.notRegistered)
      : covenant.registrations.some((r) => r.member.code === me)
        ? ''
        : you;
    const closed = past(covenant.registrationDeadline);
    steps.push({
      key: 'register',
      title: t('covenant.calendar.register'),
      date: covenant.registrationDeadline,
      state: !unregistered ? 'done' : closed ? 'late' : 'open',
      who: unregistered,
    });
  }
  const members = (submitted.data?.group?.members ?? []).map((m) => m.organization);
  for (const rule of periodRules(data.group?.regulation?.document)) {
    const kind = rule.kind as PeriodKind;
    // Inside a sentence: "Công bố kết quả cả năm", not "… Cả năm".
    const period = t(`picker.kind.${kind}`).toLowerCase();
    const ranking = kind === 'H1' ? data.h1 : data.fy;
    const sent = (s: { state: string }) => s.state === 'SUBMITTED' || s.state === 'ACCEPTED';
    const mine = data.mySubmissions.find(
      (s) => s.kind === kind && s.deliveries.some((d) => d.group.code === groupCode),
    );
    const missing = head
      ? names(
          members.filter(
            (m) =>
              !(kind === 'H1' ? submitted.data!.h1 : submitted.data!.fy).some(
                (s) => s.organization.code === m.code && sent(s),
              ),
          ),
        )
      : mine && sent(mine)
        ? ''
        : you;
    steps.push({
      key: `report-${kind}`,
      title: t('covenant.calendar.report', { period }),
      date: rule.deadline,
      state: !missing ? 'done' : past(rule.deadline) ? 'late' : 'open',
      who: missing,
    });
    const round = kind === 'H1' ? laterSteps?.h1Explanations : laterSteps?.fyExplanations;
    if (round) steps.push(explanationStep(t, kind, period, round, whoOf));
    steps.push({
      key: `publish-${kind}`,
      title: t('covenant.calendar.publish', { period }),
      date: null,
      state: ranking?.published ? 'done' : 'waiting',
      who: ranking?.published ? '' : t('covenant.calendar.theHead'),
    });
    steps.push({
      key: `review-${kind}`,
      title: ranking?.decisionNumber
        ? t('covenant.calendar.reviewedAs', { period, decision: ranking.decisionNumber })
        : t('covenant.calendar.review', { period }),
      date: ranking?.reviewedAt ?? null,
      state:
        ranking?.reviewState === 'APPROVED'
          ? 'done'
          : ranking?.reviewState === 'REJECTED'
            ? 'late'
            : 'waiting',
      who: ranking?.reviewState === 'APPROVED' ? '' : t('covenant.calendar.theBoard'),
    });
    const dossiers = kind === 'H1' ? laterSteps?.h1Dossiers : laterSteps?.fyDossiers;
    if (dossiers) steps.push(...dossierSteps(t, kind, period, dossiers, whoOf, past));
  }
  const election = laterSteps?.succession;
  steps.push({
    key: 'election',
    title: t('covenant.calendar.election', { year: year + 1 }),
    date: election?.handover?.handedOverAt ?? null,
    state: !election ? 'waiting' : election.state === 'CLOSED' ? 'done' : 'open',
    who: !election
      ? t('covenant.calendar.theHead')
      : election.state === 'CLOSED'
        ? ''
        : whoOf(election.notVoted),
  });

  const caption = t('covenant.calendar.caption', { year });
  return (
    <ScrollTable label={caption}>
      <Table size="small" sx={STACKED_ON_PHONE}>
        <caption>{caption}</caption>
        <TableHead>
          <TableRow>
            <TableCell>{t('covenant.calendar.step')}</TableCell>
            <TableCell>{t('covenant.calendar.date')}</TableCell>
            <TableCell>{t('covenant.calendar.state')}</TableCell>
            <TableCell>{t('covenant.calendar.who')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {steps.map((s) => (
            <TableRow key={s.key}>
              <TableCell data-label={t('covenant.calendar.step')}>{s.title}</TableCell>
              <TableCell data-label={t('covenant.calendar.date')}>
                {s.date ? formatDate(s.date) : t('covenant.calendar.noDate')}
              </TableCell>
              <TableCell data-label={t('covenant.calendar.state')}>
                <Chip
                  size="small"
                  variant="outlined"
                  color={CHIP[s.state]}
                  label={t(`covenant.calendar.states.${s.state}`)}
                />
              </TableCell>
              <TableCell data-label={t('covenant.calendar.who')}>
                {s.who || t('covenant.calendar.nobody')}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollTable>
  );
}

type Who = (list: { code: string; name: string }[]) => string;

/** The period's explanation round: open until its deadline, members to explain, the head to decide. */
function explanationStep(
  t: TFunction,
  kind: PeriodKind,
  period: string,
  round: CalendarExplanationsFragment,
  whoOf: Who,
): Step {
  const waiting = [whoOf(round.membersToExplain)];
  if (round.explanationsToDecide > 0)
    waiting.push(t('covenant.calendar.toDecide', { count: round.explanationsToDecide }));
  const who = waiting.filter(Boolean).join('; ');
  return {
    key: `explain-${kind}`,
    title: t('covenant.calendar.explain', { period }),
    date: round.window.deadline,
    state: round.window.open || who ? 'open' : 'done',
    who,
  };
}

/** The period's award dossiers (due by the head's deadline) and the board's decision, which closes it. */
function dossierSteps(
  t: TFunction,
  kind: PeriodKind,
  period: string,
  stage: CalendarDossiersFragment,
  whoOf: Who,
  past: (iso: string | null | undefined) => boolean,
): Step[] {
  const acting = [
    whoOf(stage.reportMissing),
    stage.headToAct.length ? t('covenant.calendar.theHead') : '',
    stage.boardToAct.length ? t('covenant.calendar.theBoard') : '',
  ].filter(Boolean);
  const who = stage.deadline ? acting.join('; ') : t('covenant.calendar.theHead');
  const submitted = stage.deadline !== null && stage.reportMissing.length + stage.headToAct.length === 0;
  return [
    {
      key: `dossiers-${kind}`,
      title: t('covenant.calendar.dossiers', { period }),
      date: stage.deadline,
      state: !stage.deadline ? 'waiting' : submitted ? 'done' : past(stage.deadline) ? 'late' : 'open',
      who: submitted && !stage.boardToAct.length ? '' : who,
    },
    {
      key: `decision-${kind}`,
      title: stage.decision
        ? t('covenant.calendar.decidedAs', { period, decision: stage.decision.number })
        : t('covenant.calendar.decision', { period }),
      date: stage.decision?.date ?? null,
      state: stage.closed ? 'done' : 'waiting',
      who: stage.closed ? '' : t('covenant.calendar.theBoard'),
    },
  ];
}
