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

const LOADERS = {
  reports: () => import('../features/reports').then((m) => ({ default: m.ReportsPage })),
  scoring: () => import('../features/scoring').then((m) => ({ default: m.ScoringPage })),
  review: () => import('../features/review').then((m) => ({ default: m.ReviewPage })),
  admin: () => import('../features/admin').then((m) => ({ default: m.AdminPage })),
  ranking: () => import('../features/ranking').then((m) => ({ default: m.RankingPage })),
  audit: () => import('../features/audit').then((m) => ({ default: m.AuditPage })),
} satisfies Record<Workspace, unknown>;

export const WORKSPACE_PAGES = Object.fromEntries(
  Object.entries(LOADERS).map(([w, load]) => [w, lazy(load)]),
) as { [W in Workspace]: ReturnType<typeof lazy<Awaited<ReturnType<(typeof LOADERS)[W]>>['default']>> };

/** Starts loading the page at `pathname` while the header's data is still on its way (the chunk is cached). */
export function preloadPage(pathname: string) {
  const workspace = (Object.keys(WORKSPACE_PATHS) as Workspace[]).find((w) =>
    pathname.startsWith(WORKSPACE_PATHS[w]),
  );
  if (workspace) void LOADERS[workspace]();
}

/** Offices write reports and, when they head a group that year, score; boards approve; the admin onboards. */
export function workspacesOf(organizationKind: string, roles: string[]): Workspace[] {
  if (organizationKind === 'PLATFORM') return ['admin', 'audit'];
  if (organizationKind === 'AWARD_BOARD') return ['review', 'ranking', 'audit'];
  return roles.includes('HEAD') ? ['reports', 'scoring', 'ranking'] : ['reports', 'ranking'];
}
