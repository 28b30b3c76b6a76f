// What a notification says and where it leads: one entry per kind, so a new kind does not compile without both.
import type { TFunction } from 'i18next';
import type { NotificationKind, NotificationsQuery } from '../../gql/graphql';
import { formatDate } from '../../shared/format/date';

export type NotificationItem = NotificationsQuery['notifications']['items'][number];

type Page = 'reports' | 'covenant' | 'ranking' | 'scoring' | 'explanations' | 'dossiers';
const PAGES: Record<NotificationKind, Page> = {
  REPORT_DUE: 'reports',
  REPORT_RETURNED: 'reports',
  RANKING_PUBLISHED: 'ranking',
  RANKING_APPROVED: 'ranking',
  RANKING_RETURNED: 'scoring',
  COVENANT_PUBLISHED: 'covenant',
  REGISTRATION_DUE: 'covenant',
  EXPLANATION_OPENED: 'explanations',
  EXPLANATION_DUE: 'explanations',
  DOSSIER_DUE: 'dossiers',
  DOSSIER_RETURNED: 'dossiers',
  DECISION_RECORDED: 'dossiers',
  ELECTION_OPENED: 'covenant',
};

/** The page of what it is about, opened on its group and period. */
export function notificationLink(n: NotificationItem): string {
  const params = new URLSearchParams({ group: n.groupCode });
  if (n.periodKind) params.set('kind', n.periodKind);
  return `/${PAGES[n.kind]}?${params.toString()}`;
}

export function notificationText(t: TFunction, n: NotificationItem): string {
  const values = {
    group: n.groupName,
    year: n.year,
    period: n.periodKind ? t(`notifications.periodOfYear.${n.periodKind}`, { year: n.year }) : '',
    deadline: n.deadline ? formatDate(n.deadline) : '',
    days: n.daysLeft ?? 0,
    reason: n.reason ?? '',
  };
  const due = n.daysLeft === 0 ? 'now' : 'soon';
  switch (n.kind) {
    case 'REPORT_DUE':
    case 'REGISTRATION_DUE':
    case 'EXPLANATION_DUE':
    case 'DOSSIER_DUE':
      return t(`notifications.kinds.${n.kind}.${due}`, values);
    default:
      return t(`notifications.kinds.${n.kind}`, values);
  }
}
