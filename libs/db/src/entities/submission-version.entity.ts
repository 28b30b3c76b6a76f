import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { SubmissionEntity } from './submission.entity';
import type { SubmissionContent } from './submission.entity';

/** Immutable copy of a submission at each submit: the app role may insert and read, never change. */
@Entity('submission_version')
@Unique(['submissionId', 'version'])
export class SubmissionVersionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) submissionId!: string;
  @ManyToOne(() => SubmissionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'submission_id' })
  submission?: SubmissionEntity;
  @Column({ type: 'uuid' }) organizationId!: string;
  @Column({ type: 'int' }) version!: number;
  @Column({ type: 'timestamptz' }) submittedAt!: Date;
  @Column({ type: 'jsonb' }) content!: SubmissionContent;
}
