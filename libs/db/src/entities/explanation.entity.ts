import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { OrganizationEntity } from './organization.entity';
import { PeriodScopedColumns } from './period-scoped.columns';

/**
 * A group × period's explanation window (giải trình): opened by the head of the year while the period is
 * scoring, with a deadline; closed at the deadline (by the worker's sweep) or early by the head, with a reason.
 * One per period.
 */
@Entity('explanation_window')
@Unique(['periodId'])
export class ExplanationWindowEntity extends PeriodScopedColumns {
  @Column({ type: 'uuid' }) openedById!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'opened_by_id' })
  openedBy?: OrganizationEntity;
  @Column({ type: 'uuid' }) openedByUserId!: string;
  @CreateDateColumn({ type: 'timestamptz' }) openedAt!: Date;
  @Column({ type: 'timestamptz' }) deadline!: Date;
  @Column({ type: 'timestamptz', nullable: true }) closedAt!: Date | null;
  /** The head that closed it early; null when it closed at the deadline. */
  @Column({ type: 'uuid', nullable: true }) closedById!: string | null;
  @Column({ type: 'text', nullable: true }) closeReason!: string | null;
}

export type ExplanationDecisionKind = 'CHANGED' | 'KEPT';

/**
 * A member's explanation of one score of the head (criterion, bonus item or deduction), and the head's
 * second-round decision on it: a new score with a reason (CHANGED), or the first round kept (KEPT).
 */
@Entity('explanation')
@Unique(['periodId', 'memberId', 'criterionId'])
@Check(`decision IS NULL OR decision IN ('CHANGED', 'KEPT')`)
@Check(`(decision = 'CHANGED') = (second_points IS NOT NULL)`)
export class ExplanationEntity extends PeriodScopedColumns {
  @Column({ type: 'uuid' }) windowId!: string;
  @ManyToOne(() => ExplanationWindowEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'window_id' })
  window?: ExplanationWindowEntity;
  @Column({ type: 'uuid' }) memberId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_id' })
  member?: OrganizationEntity;
  @Column({ type: 'text' }) criterionId!: string;
  @Column({ type: 'text' }) text!: string;
  @Column({ type: 'uuid' }) explainedByUserId!: string;
  @CreateDateColumn({ type: 'timestamptz' }) explainedAt!: Date;
  @Column({ type: 'text', nullable: true }) decision!: ExplanationDecisionKind | null;
  @Column({ type: 'numeric', nullable: true }) secondPoints!: string | null;
  @Column({ type: 'int', nullable: true }) secondCount!: number | null;
  @Column({ type: 'text', nullable: true }) secondReason!: string | null;
  @Column({ type: 'uuid', nullable: true }) decidedById!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) decidedAt!: Date | null;
}

/** A new proof file a member gives with its explanation; read by the member, the head and the board only. */
@Entity('explanation_evidence')
export class ExplanationEvidenceEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) explanationId!: string;
  @ManyToOne(() => ExplanationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'explanation_id' })
  explanation?: ExplanationEntity;
  /** Copied from the explanation: row-level security needs no join. */
  @Column({ type: 'uuid' }) groupId!: string;
  @Column({ type: 'int' }) year!: number;
  @Column({ type: 'uuid' }) memberId!: string;
  @Column({ type: 'text' }) fileName!: string;
  @Column({ type: 'text' }) contentType!: string;
  @Column({ type: 'int' }) size!: number;
  @Column({ type: 'text' }) sha256!: string;
  @Column({ type: 'bytea', select: false }) content?: Buffer;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
