// Which workspaces an organization opens, and where they live. Pages load with their route (own chunk).
import { lazy } from 'react';

export type Workspace = 'reports' | 'scoring' | 'review' | 'admin' | 'ranking' | 'audit';

export const WORKSPACE_PATHS: Record<Workspace, string> = {
  reports: '/reports',
  scoring: '/scoring',
  review: '/review',
  admin: '/admin',
  ranking: '/ranking',
  audit: '/audit',
};

export const WORKSPACE_PAGES = {
  reports: lazy(() => import('../features/reports').then((m) => ({ default: m.ReportsPage }))),
  scoring: lazy(() => import('../features/scoring').then((m) => ({ default: m.ScoringPage }))),
  review: lazy(() => import('../features/review').then((m) => ({ default: m.ReviewPage }))),
  admin: lazy(() => import('../features/admin').then((m) => ({ default: m.AdminPage }))),
  ranking: lazy(() => import('../features/ranking').then((m) => ({ default: m.RankingPage }))),
  audit: lazy(() => import('../features/audit').then((m) => ({ default: m.AuditPage }))),
} satisfies Record<Workspace, unknown>;

/** Offices write reports and, when they head a group that year, score; boards approve; the admin onboards. */
export function workspacesOf(organizationKind: string, roles: string[]): Workspace[] {
  if (organizationKind === 'PLATFORM') return ['admin', 'audit'];
  if (organizationKind === 'AWARD_BOARD') return ['review', 'ranking', 'audit'];
  return roles.includes('HEAD') ? ['reports', 'scoring', 'ranking'] : ['reports', 'ranking'];
}
