import type { Catalog } from '../catalog';

export const notificationsEn: Catalog['notifications'] = {
  open: 'Notifications',
  openUnread: 'Notifications, {{count}} unread',
  title: 'Notifications',
  markAll: 'Mark all as read',
  empty: 'No notifications yet.',
  unread: 'Unread:',
  periodOfYear: { H1: 'first half of {{year}}', FY: 'year {{year}}' },
  kinds: {
    REPORT_DUE: {
      soon: '{{group}}: {{days}} days left to submit the report for the {{period}} ({{deadline}}).',
      now: '{{group}}: the report for the {{period}} is due now ({{deadline}}). Late reports lose points under the regulation.',
    },
    REGISTRATION_DUE: {
      soon: '{{group}}: {{days}} days left to register for the {{year}} emulation ({{deadline}}).',
      now: '{{group}}: registration for the {{year}} emulation is due now ({{deadline}}).',
    },
    REPORT_RETURNED: '{{group}} returned your report for the {{period}}: {{reason}}',
    RANKING_PUBLISHED: '{{group}} published its ranking for the {{period}}.',
    RANKING_APPROVED: 'The ranking of {{group}} for the {{period}} was approved.',
    RANKING_RETURNED: 'The award board returned the ranking of {{group}} for the {{period}}: {{reason}}',
    EXPLANATION_DUE: {
      soon: '{{group}}: {{days}} days left to explain the scores of the {{period}} ({{deadline}}), if you disagree with them.',
      now: '{{group}}: explanations of the scores of the {{period}} are due today ({{deadline}}).',
    },
    DOSSIER_DUE: {
      soon: '{{group}}: {{days}} days left to submit the award dossiers for the {{period}} ({{deadline}}).',
      now: '{{group}}: the award dossiers for the {{period}} are due now ({{deadline}}).',
    },
    EXPLANATION_OPENED:
      '{{group}} opened explanations of the scores of the {{period}} until {{deadline}}: see your scores and explain where you disagree.',
    DOSSIER_RETURNED:
      'The award board returned an award dossier of {{group}} for the {{period}} for completion: {{reason}}',
    DECISION_RECORDED: 'The award board issued the award decision of {{group}} for the {{period}}.',
    ELECTION_OPENED: '{{group}} opened the election of next year’s head and deputy: please vote.',
    COVENANT_PUBLISHED:
      '{{group}} published its {{year}} covenant: please sign it and register before {{deadline}}.',
  },
};
