import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { EmulationGroupEntity } from './emulation-group.entity';
import { SubmissionEntity } from './submission.entity';

/** A submission addressed to one group; the group's head may return it with a reason. */
@Entity('submission_group')
@Index(['groupId', 'year'])
export class SubmissionGroupEntity {
  @PrimaryColumn({ type: 'uuid' }) submissionId!: string;
  @ManyToOne(() => SubmissionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'submission_id' })
  submission?: SubmissionEntity;
  @PrimaryColumn({ type: 'uuid' }) groupId!: string;
  @ManyToOne(() => EmulationGroupEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'group_id' })
  group?: EmulationGroupEntity;
  /** Copied from the submission so row-level security needs no join. */
  @Column({ type: 'uuid' }) organizationId!: string;
  @Column({ type: 'int' }) year!: number;
  @Column({ type: 'text', nullable: true }) returnReason!: string | null;
}
