import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PeriodEntity } from './period.entity';

/**
 * The worker's progress per group × period: the request number drawn when its last recompute started. A
 * ranking job carries the number the relay drew after reading its changes; a job whose number is below
 * this one has been covered by that recompute and needs no run of its own (docs/adr/0007).
 */
@Entity('ranking_run')
export class RankingRunEntity {
  @PrimaryColumn({ type: 'uuid' }) periodId!: string;
  @Column({ type: 'uuid' }) groupId!: string;
  @Column({ type: 'bigint' }) startedRequest!: string;
  @ManyToOne(() => PeriodEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'period_id' })
  period?: PeriodEntity;
}
