// The workspaces' Vietnamese texts: loaded with the signed-in app (app/signed-in.tsx), not by the sign-in page.
import { adminVi } from './vi/admin';
import { auditVi } from './vi/audit';
import { covenantVi } from './vi/covenant';
import { dossiersVi } from './vi/dossiers';
import { explanationsVi } from './vi/explanations';
import { notificationsVi } from './vi/notifications';
import { reviewVi } from './vi/review';
import { scoringVi } from './vi/scoring';
import { successionVi } from './vi/succession';

export const viFeatures = {
  covenant: covenantVi,
  notifications: notificationsVi,
  succession: successionVi,
  explanations: explanationsVi,
  dossiers: dossiersVi,
  scoring: scoringVi,
  review: reviewVi,
  admin: adminVi,
  audit: auditVi,
};
