import { Check, Column, Entity, Index, Unique, UpdateDateColumn } from 'typeorm';
import { PeriodScopedColumns } from './period-scoped.columns';

export type TieDecider = 'HEAD' | 'BOARD';

/**
 * Format 2: the order a body recorded (settleTie) for members a `decision` tie-break left tied at one rank.
 * One row per group of tied members (`membersKey`: their organization ids sorted, comma-joined), updated in
 * place when the same body orders the same members again.
 */
@Entity('tie_decision')
@Unique(['periodId', 'membersKey'])
@Index(['groupId', 'year', 'kind'])
@Check(`decided_by IN ('HEAD', 'BOARD')`)
export class TieDecisionEntity extends PeriodScopedColumns {
  @Column({ type: 'text' }) decidedBy!: TieDecider;
  @Column({ type: 'text' }) membersKey!: string;
  /** Organization ids, first first. */
  @Column({ type: 'uuid', array: true }) memberOrder!: string[];
  @Column({ type: 'uuid' }) setById!: string;
  @Column({ type: 'uuid', nullable: true }) setByUserId!: string | null;
  @UpdateDateColumn({ type: 'timestamptz' }) setAt!: Date;
}
