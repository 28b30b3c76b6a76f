import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { OrganizationEntity } from './organization.entity';
import { PeriodEntity, type PeriodKind } from './period.entity';

@Entity('vote')
@Unique(['periodId', 'voterId', 'awardId'])
export class VoteEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) groupId!: string;
  @Column({ type: 'int' }) year!: number;
  @Column({ type: 'text' }) kind!: PeriodKind;
  @Column({ type: 'uuid' }) periodId!: string;
  @ManyToOne(() => PeriodEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'period_id' })
  period?: PeriodEntity;
  @Column({ type: 'uuid' }) voterId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'voter_id' })
  voter?: OrganizationEntity;
  @Column({ type: 'text' }) awardId!: string;
  @Column({ type: 'uuid' }) candidateId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'candidate_id' })
  candidate?: OrganizationEntity;
  @CreateDateColumn({ type: 'timestamptz' }) castAt!: Date;
}
