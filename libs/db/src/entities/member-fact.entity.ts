import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique, UpdateDateColumn } from 'typeorm';
import { OrganizationEntity } from './organization.entity';
import { PeriodScopedColumns } from './period-scoped.columns';

/**
 * Format 2: a yes/no statement about a member for one period (REGULATION.md "Facts"), one row per member ×
 * fact × period, updated in place. Set with a reason by the head of the year, or by the group's award board
 * alone for a fact the regulation marks `setBy: BOARD`; a fact never set is false.
 */
@Entity('member_fact')
@Unique(['periodId', 'memberId', 'factId'])
@Index(['groupId', 'year', 'kind'])
@Check(`length(fact_id) BETWEEN 1 AND 64 AND length(reason) BETWEEN 1 AND 4000`)
export class MemberFactEntity extends PeriodScopedColumns {
  @Column({ type: 'uuid' }) memberId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_id' })
  member?: OrganizationEntity;
  @Column({ type: 'text' }) factId!: string;
  @Column({ type: 'boolean' }) value!: boolean;
  @Column({ type: 'text' }) reason!: string;
  /** The organization that set it (the head or the board): row-level security checks it is the actor's. */
  @Column({ type: 'uuid' }) setById!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'set_by_id' })
  setBy?: OrganizationEntity;
  @Column({ type: 'uuid', nullable: true }) setByUserId!: string | null;
  @UpdateDateColumn({ type: 'timestamptz' }) setAt!: Date;
}
