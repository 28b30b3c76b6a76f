import type { Catalog } from '../catalog';

export const auditEn: Catalog['audit'] = {
  title: 'Audit log',
  chain: {
    heading: 'Audit chain',
    intro:
      'Every action is appended and sealed with a hash: changing or deleting any line of the log breaks the chain.',
    verify: 'Verify the audit chain',
    verifying: 'Verifying the audit chain…',
    intact: 'The audit chain is intact: {{count}} events checked at {{time}}.',
    broken:
      'The audit chain is broken at position {{position}} (event {{eventId}}, recorded at {{time}}): {{problem}} {{count}} events checked.',
    problem: {
      HASH_MISMATCH: 'the event was changed after it was recorded.',
      PREVIOUS_HASH_MISMATCH: 'the event no longer links to the one before it (a line was replaced).',
      MISSING_SEQUENCE: 'the event before it is missing (a line was deleted).',
    },
  },
  trail: {
    heading: 'Ranking audit trail',
    kind: { H1: 'First half', FY: 'Full year' },
    noGroups: 'No cluster or bloc has a ranking in {{year}} whose trail you can see.',
    empty: 'Nothing has been recorded for this period yet.',
    caption: 'Audit trail of {{group}}, {{period}} {{year}}',
    time: 'Time',
    user: 'By',
    organization: 'Organization',
    content: 'What',
    reason: 'Reason',
    system: 'System',
    more: 'Load more',
    loadingMore: 'Loading more…',
    action: {
      scoreNew: 'Scored {{member}}, criterion {{criterion}}: {{to}} points',
      scoreChange: 'Changed the score of {{member}}, criterion {{criterion}}: from {{from}} to {{to}} points',
      scoreReason: 'Changed the reason for the score of {{member}}, criterion {{criterion}}',
      vote: 'Voted for {{member}}',
      return: 'Returned the report of {{member}}',
      publish: 'Published the ranking',
      approve: 'Approved the ranking',
      reject: 'Returned the ranking',
      other: 'Action {{action}}',
    },
  },
};
