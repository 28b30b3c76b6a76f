import type { TFunction } from 'i18next';
import type { AuditTrailQuery } from '../../gql/graphql';
import { formatNumber } from '../../shared/format/number';

export type TrailEvent = AuditTrailQuery['auditTrail']['events'][number];

const points = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? formatNumber(v) : '—');

/** What an event did, in a sentence: "Sửa điểm Sở X, tiêu chí 1.4: từ 8 thành 9,5 điểm". */
export function describeEvent(t: TFunction, e: TrailEvent): string {
  const member = e.memberName ?? '—';
  const change = (field: string) => e.changes.find((c) => c.field === field);
  switch (e.action) {
    case 'score.set': {
      const p = change('points');
      const args = { member, criterion: e.criterionId ?? '—', from: points(p?.from), to: points(p?.to) };
      if (!p) return t('audit.trail.action.scoreReason', args);
      return t(p.from == null ? 'audit.trail.action.scoreNew' : 'audit.trail.action.scoreChange', args);
    }
    case 'vote.cast':
      return t('audit.trail.action.vote', { member });
    case 'submission.return':
      return t('audit.trail.action.return', { member });
    case 'ranking.publish':
      return t('audit.trail.action.publish');
    case 'ranking.review':
      return t(
        change('reviewState')?.to === 'APPROVED' ? 'audit.trail.action.approve' : 'audit.trail.action.reject',
      );
    default:
      return t('audit.trail.action.other', { action: e.action });
  }
}
