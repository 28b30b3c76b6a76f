import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { OrganizationEntity } from './organization.entity';
import { PeriodScopedColumns } from './period-scoped.columns';

@Entity('vote')
@Unique(['periodId', 'voterId', 'awardId'])
export class VoteEntity extends PeriodScopedColumns {
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
