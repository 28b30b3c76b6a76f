import { Column, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PeriodEntity, type PeriodKind } from './period.entity';

/**
 * Columns of every row that belongs to one group × period. The group, year and kind are copied from the
 * period so row-level-security policies and the group's indexes need no join (and sharding by group stays open).
 */
export abstract class PeriodScopedColumns {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) groupId!: string;
  @Column({ type: 'int' }) year!: number;
  @Column({ type: 'text' }) kind!: PeriodKind;
  @Column({ type: 'uuid' }) periodId!: string;
  @ManyToOne(() => PeriodEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'period_id' })
  period?: PeriodEntity;
}
