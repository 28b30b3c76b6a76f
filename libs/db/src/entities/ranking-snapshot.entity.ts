import { Column, Entity, Index, Unique } from 'typeorm';
import { PeriodScopedColumns } from './period-scoped.columns';

export type ReviewState = 'PENDING' | 'APPROVED' | 'REJECTED';

export interface RankingEntryData {
  organizationId: string;
  rank: number;
  total: string;
  band: string | null;
  breakdown: unknown;
  proposals: string[];
  needsDecision?: string[];
  /** Format 2: the facts true for the member. */
  facts?: string[];
  /** Format 2: the body that must still order the member's tie; null when none. */
  tieDecisionBy?: 'BOARD' | 'HEAD' | null;
}

/** A computed ranking; recomputing unchanged inputs (same inputHash) writes no new row. */
@Entity('ranking_snapshot')
@Unique(['periodId', 'version'])
@Index(['groupId', 'year', 'kind'])
export class RankingSnapshotEntity extends PeriodScopedColumns {
  @Column({ type: 'int' }) version!: number;
  @Column({ type: 'text' }) inputHash!: string;
  @Column({ type: 'jsonb' }) entries!: RankingEntryData[];
  @Column({ type: 'timestamptz' }) computedAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) publishedAt!: Date | null;
  @Column({ type: 'text', nullable: true }) reviewState!: ReviewState | null;
  @Column({ type: 'text', nullable: true }) reviewReason!: string | null;
  @Column({ type: 'text', nullable: true }) decisionNumber!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) reviewedAt!: Date | null;
}
