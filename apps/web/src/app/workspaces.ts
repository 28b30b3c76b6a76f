// Which workspaces an organization opens, and where they live. Pages load with their route (own chunk).
import { preloadable } from '../shared/ui/preloadable';

export type Workspace =
  'reports' | 'covenant' | 'explanations' | 'dossiers' | 'scoring' | 'review' | 'admin' | 'ranking' | 'audit';

export const WORKSPACE_PATHS: Record<Workspace, string> = {
  reports: '/reports',
  covenant: '/covenant',
  explanations: '/explanations',
  dossiers: '/dossiers',
  scoring: '/scoring',
  review: '/review',
  admin: '/admin',
  ranking: '/ranking',
  audit: '/audit',
};

const PAGES = {
  reports: preloadable(() => import('../features/reports').then((m) => ({ default: m.ReportsPage }))),
  covenant: preloadable(() => import('../features/covenant').then((m) => ({ default: m.CovenantPage }))),
  explanations: preloadable(() =>
    import('../features/explanations').then((m) => ({ default: m.ExplanationsPage })),
  ),
  dossiers: preloadable(() => import('../features/dossiers').then((m) => ({ default: m.DossiersPage }))),
  scoring: preloadable(() => import('../features/scoring').then((m) => ({ default: m.ScoringPage }))),
  review: preloadable(() => import('../features/review').then((m) => ({ default: m.ReviewPage }))),
  admin: preloadable(() => import('../features/admin').then((m) => ({ default: m.AdminPage }))),
  ranking: preloadable(() => import('../features/ranking').then((m) => ({ default: m.RankingPage }))),
  audit: preloadable(() => import('../features/audit').then((m) => ({ default: m.AuditPage }))),
} satisfies Record<Workspace, unknown>;

export const WORKSPACE_PAGES = Object.fromEntries(
  Object.entries(PAGES).map(([w, page]) => [w, page.Component]),
) as { [W in Workspace]: (typeof PAGES)[W]['Component'] };

/** Loads the page at `pathname` (nothing for other paths); a failure is left to the page's own render. */
export async function preloadPage(pathname: string): Promise<void> {
  const workspace = (Object.keys(WORKSPACE_PATHS) as Workspace[]).find((w) =>
    pathname.startsWith(WORKSPACE_PATHS[w]),
  );
  if (workspace) await PAGES[workspace].preload().catch(() => undefined);
}

/** Offices write reports and, when they head a group that year, score; boards approve; the admin onboards. */
export function workspacesOf(organizationKind: string, roles: string[]): Workspace[] {
  if (organizationKind === 'PLATFORM') return ['admin', 'audit'];
  if (organizationKind === 'AWARD_BOARD') return ['review', 'ranking', 'audit'];
  return roles.includes('HEAD')
    ? ['reports', 'covenant', 'explanations', 'scoring', 'dossiers', 'ranking']
    : ['reports', 'covenant', 'explanations', 'dossiers', 'ranking'];
}
