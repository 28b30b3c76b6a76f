import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { RegulationEntity } from './regulation.entity';
import { EmulationGroupEntity } from './emulation-group.entity';

export type PeriodKind = 'H1' | 'FY';
export type PeriodState = 'OPEN' | 'SCORING' | 'PUBLISHED' | 'REVIEWED' | 'CLOSED';

@Entity('period')
@Unique(['groupId', 'year', 'kind'])
@Check(`kind IN ('H1', 'FY') AND state IN ('OPEN', 'SCORING', 'PUBLISHED', 'REVIEWED', 'CLOSED')`)
export class PeriodEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) groupId!: string;
  @ManyToOne(() => EmulationGroupEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'group_id' })
  group?: EmulationGroupEntity;
  @Column({ type: 'int' }) year!: number;
  @Column({ type: 'text' }) kind!: PeriodKind;
  @Column({ type: 'timestamptz' }) deadline!: Date;
  @Column({ type: 'text', default: 'OPEN' }) state!: PeriodState;
  /** The regulation version this period is scored under. */
  @Column({ type: 'uuid' }) regulationId!: string;
  @ManyToOne(() => RegulationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'regulation_id' })
  regulation?: RegulationEntity;
}
