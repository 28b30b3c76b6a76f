/** Queue names and their typed payloads. Payloads carry ids only: handlers reload what they need. */
export interface JobPayloads {
  /**
   * `request`: drawn by the relay from ranking_request_seq after it read the changes the job is for; a
   * recompute started after it covers them (jobs without one always run).
   */
  ranking: {
    groupId: string;
    periodId: string;
    request?: string;
    /** When the oldest change the job covers was written (epoch ms): the commit → snapshot latency's start. */
    changedAt?: number;
  };
  /** Read-only: ranks the period again with one member's hypothetical inputs; the reply is that member's entry. */
  'what-if': { periodId: string; memberId: string; changes: WhatIfChanges };
  /** Scheduled sweep: periods whose deadline has passed since their ranking was computed. */
  deadlines: Record<string, never>;
}

/** Hypothetical inputs of one member: indicator fields replaced key by key, final points per criterion. */
export interface WhatIfChanges {
  indicators?: Record<
    string,
    { value?: string | null; percentOfPlan?: string | null; changeVsSamePeriodPercent?: string | null }
  >;
  criteria?: { criterionId: string; points: string; count?: number | null }[];
}

/** OWN_DATA: the ranking is not published, the member's own data only (no rank); PUBLISHED: against it. */
export type WhatIfBasis = 'OWN_DATA' | 'PUBLISHED';

export interface WhatIfPosition {
  /** null on OWN_DATA: a rank needs the other members' totals. */
  rank: number | null;
  total: string;
  band: string | null;
  proposals: string[];
}
export interface WhatIfReply {
  basis: WhatIfBasis;
  before: WhatIfPosition;
  after: WhatIfPosition;
  /** Criteria left unscored on OWN_DATA because they need other members' figures (relative_to_leader). */
  pending: string[];
}

export type QueueName = keyof JobPayloads;

/** Every queue the worker must serve; it refuses to start when one has no handler. */
export const QUEUE_NAMES: readonly QueueName[] = ['ranking', 'what-if', 'deadlines'];

/** Queues fed from the transactional outbox (changes); the others are requests answered directly. */
export type OutboxTopic = 'ranking';

/** Rows for the same group × period collapse into one job per relay pass. */
export function dedupeKey(topic: OutboxTopic, payload: JobPayloads[OutboxTopic]): string {
  switch (topic) {
    case 'ranking':
      return `ranking-${payload.groupId}-${payload.periodId}`;
  }
}
