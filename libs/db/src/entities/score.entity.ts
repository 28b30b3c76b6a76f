import { Column, Entity, Index, JoinColumn, ManyToOne, Unique, UpdateDateColumn } from 'typeorm';
import { OrganizationEntity } from './organization.entity';
import { PeriodScopedColumns } from './period-scoped.columns';

/** One scorer's points for one member and criterion (or bonus item, or manual deduction). */
@Entity('score')
@Unique(['periodId', 'memberId', 'criterionId', 'scorerId'])
@Index(['groupId', 'year', 'kind'])
export class ScoreEntity extends PeriodScopedColumns {
  @Column({ type: 'uuid' }) memberId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_id' })
  member?: OrganizationEntity;
  @Column({ type: 'uuid' }) scorerId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'scorer_id' })
  scorer?: OrganizationEntity;
  @Column({ type: 'text' }) criterionId!: string;
  /** Exact decimal: pg returns it as a string and we keep it so. */
  @Column({ type: 'numeric', precision: 12, scale: 4 }) points!: string;
  @Column({ type: 'int', nullable: true }) count!: number | null;
  @Column({ type: 'text', nullable: true }) reason!: string | null;
  /** Format 2: the final scorer marks an `optional` criterion not applicable to the member (points ignored). */
  @Column({ type: 'boolean', default: false }) notApplicable!: boolean;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
