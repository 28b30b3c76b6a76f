import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { OrganizationEntity } from './organization.entity';
import { EmulationGroupEntity } from './emulation-group.entity';

export type MemberRole = 'HEAD' | 'DEPUTY' | 'MEMBER';

/** Authority comes from this row for that year, never from the user. */
@Entity('membership')
@Unique(['groupId', 'organizationId', 'year'])
@Index(['organizationId', 'year'])
@Check(`role IN ('HEAD', 'DEPUTY', 'MEMBER')`)
@Check(`length(category) BETWEEN 1 AND 64`)
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) groupId!: string;
  @ManyToOne(() => EmulationGroupEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'group_id' })
  group?: EmulationGroupEntity;
  @Column({ type: 'uuid' }) organizationId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;
  @Column({ type: 'int' }) year!: number;
  @Column({ type: 'text' }) role!: MemberRole;
  /** Format 2: the member's kind for `quota.byCategory` (e.g. "SO", "CUC"); null when none. */
  @Column({ type: 'text', nullable: true }) category!: string | null;
}
