import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { OrganizationEntity } from './organization.entity';
import { SubmissionEntity } from './submission.entity';

/** A proof file (tài liệu kiểm chứng) for one self-scored criterion; its bytes live in evidence_content. */
@Entity('evidence')
@Index(['submissionId', 'criterionId'])
export class EvidenceEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) organizationId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;
  @Column({ type: 'uuid' }) submissionId!: string;
  @ManyToOne(() => SubmissionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'submission_id' })
  submission?: SubmissionEntity;
  @Column({ type: 'text' }) criterionId!: string;
  @Column({ type: 'text' }) fileName!: string;
  @Column({ type: 'text' }) contentType!: string;
  @Column({ type: 'int' }) size!: number;
  @Column({ type: 'text' }) sha256!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
