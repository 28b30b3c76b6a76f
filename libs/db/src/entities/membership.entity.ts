import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { OrganizationEntity } from './organization.entity';
import { EmulationGroupEntity } from './emulation-group.entity';

export type MemberRole = 'HEAD' | 'DEPUTY' | 'MEMBER';

/** Authority comes from this row for that year, never from the user. */
@Entity('membership')
@Unique(['groupId', 'organizationId', 'year'])
@Index(['organizationId', 'year'])
@Check(`role IN ('HEAD', 'DEPUTY', 'MEMBER')`)
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
}
