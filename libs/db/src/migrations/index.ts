import { InitialSchema1764216000000 } from './1764216000000-initial-schema';
import { Tenancy1764216100000 } from './1764216100000-tenancy';
import { Evidence1764216200000 } from './1764216200000-evidence';
import { Deadlines1764216300000 } from './1764216300000-deadlines';
import { WritePolicies1764216400000 } from './1764216400000-write-policies';
import { Sessions1764216500000 } from './1764216500000-sessions';
import { AuditChain1764216600000 } from './1764216600000-audit-chain';
import { Format21764216700000 } from './1764216700000-format2';
import { OutboxNotify1764216800000 } from './1764216800000-outbox-notify';
import { WithdrawMarks1764216900000 } from './1764216900000-withdraw-marks';
import { CoalescedRankings1764216950000 } from './1764216950000-coalesced-rankings';
import { Covenant1764217000000 } from './1764217000000-covenant';
import { Explanations1764217100000 } from './1764217100000-explanations';
import { Dossiers1764217200000 } from './1764217200000-dossiers';
import { Succession1764217300000 } from './1764217300000-succession';
import { Notifications1764217500000 } from './1764217500000-notifications';
import { LiveEvents1764217600000 } from './1764217600000-live-events';
import { YearNotifications1764217700000 } from './1764217700000-year-notifications';
import { BreakdownsJson1764217800000 } from './1764217800000-breakdowns-json';

/** In order; a new migration is appended here. */
export const MIGRATIONS = [
  InitialSchema1764216000000,
  Tenancy1764216100000,
  Evidence1764216200000,
  Deadlines1764216300000,
  WritePolicies1764216400000,
  Sessions1764216500000,
  AuditChain1764216600000,
  Format21764216700000,
  OutboxNotify1764216800000,
  WithdrawMarks1764216900000,
  CoalescedRankings1764216950000,
  Covenant1764217000000,
  Explanations1764217100000,
  Dossiers1764217200000,
  Succession1764217300000,
  Notifications1764217500000,
  LiveEvents1764217600000,
  YearNotifications1764217700000,
  BreakdownsJson1764217800000,
];
