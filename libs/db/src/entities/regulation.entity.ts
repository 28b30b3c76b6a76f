import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { EmulationGroupEntity } from './emulation-group.entity';

/** A published regulation document; a new version supersedes it, rows are never edited. */
@Entity('regulation')
@Unique(['groupId', 'year', 'version'])
export class RegulationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) groupId!: string;
  @ManyToOne(() => EmulationGroupEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'group_id' })
  group?: EmulationGroupEntity;
  @Column({ type: 'int' }) year!: number;
  @Column({ type: 'int' }) version!: number;
  @Column({ type: 'text', nullable: true }) decisionNumber!: string | null;
  @Column({ type: 'jsonb' }) document!: Record<string, unknown>;
  @Column({ type: 'uuid' }) publishedBy!: string;
  @CreateDateColumn({ type: 'timestamptz' }) publishedAt!: Date;
}
