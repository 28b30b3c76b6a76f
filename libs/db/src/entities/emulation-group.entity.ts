import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { OrganizationEntity } from './organization.entity';

export type GroupKind = 'CLUSTER' | 'BLOC';

@Entity('emulation_group')
@Check(`kind IN ('CLUSTER', 'BLOC')`)
export class EmulationGroupEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text', unique: true }) code!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text' }) kind!: GroupKind;
  /** The award board that reviews this group's rankings. */
  @Column({ type: 'uuid' }) reviewerId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reviewer_id' })
  reviewer?: OrganizationEntity;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
