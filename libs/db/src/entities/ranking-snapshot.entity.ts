import { Column, Entity, Index, Unique } from 'typeorm';
import { PeriodScopedColumns } from './period-scoped.columns';

export type ReviewState = 'PENDING' | 'APPROVED' | 'REJECTED';

/** One member's line of a ranking, without its explanation and award decisions (loaded when asked). */
export interface RankingEntryData {
  organizationId: string;
  rank: number;
  total: string;
  band: string | null;
  proposals: string[];
  needsDecision?: string[];
  /** Format 2: the facts true for the member. */
  facts?: string[];
  /** Format 2: the body that must still order the member's tie; null when none. */
  tieDecisionBy?: 'BOARD' | 'HEAD' | null;
  /** Ids of the member's lines still under explanation (the explanation round). */
  underExplanation?: string[];
}

/** The columns of a snapshot keyed by organization id that no read loads unless it names them. */
export type RankingSnapshotDetail = 'breakdowns' | 'awardDecisions';

/**
 * A computed ranking; recomputing unchanged inputs (same inputHash) writes no new row. `entries` is the small
 * summary every read needs; the explanations (5 MB of JSON at 150 × 100) and the award decisions (80 KB,
 * asked for by the board's review alone) are apart, `select: false`.
 */
@Entity('ranking_snapshot')
@Unique(['periodId', 'version'])
@Index(['groupId', 'year', 'kind'])
export class RankingSnapshotEntity extends PeriodScopedColumns {
  @Column({ type: 'int' }) version!: number;
  @Column({ type: 'text' }) inputHash!: string;
  @Column({ type: 'jsonb' }) entries!: RankingEntryData[];
  /** Each member's breakdown by organization id; `json`, stored as written (written whole, read whole). */
  @Column({ type: 'json', default: () => "'{}'", select: false }) breakdowns?: Record<string, unknown>;
  /** How each award of the regulation was decided, by organization id (also in the member's breakdown). */
  @Column({ type: 'jsonb', default: () => "'{}'", select: false }) awardDecisions?: Record<string, unknown[]>;
  @Column({ type: 'timestamptz' }) computedAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) publishedAt!: Date | null;
  @Column({ type: 'text', nullable: true }) reviewState!: ReviewState | null;
  @Column({ type: 'text', nullable: true }) reviewReason!: string | null;
  @Column({ type: 'text', nullable: true }) decisionNumber!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) reviewedAt!: Date | null;
}
