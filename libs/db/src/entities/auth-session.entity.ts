import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from './user.entity';

/**
 * One signed-in device: access tokens name it (`sid`), its opaque refresh token is kept only as a SHA-256
 * hash and replaced on every use; the previous hash is kept to recognise a stolen, replayed refresh token.
 */
@Entity('auth_session')
export class AuthSessionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) userId!: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;
  @Column({ type: 'uuid' }) organizationId!: string;
  @Index({ unique: true }) @Column({ type: 'text' }) refreshTokenHash!: string;
  @Index() @Column({ type: 'text', nullable: true }) previousRefreshTokenHash!: string | null;
  /** Where the session was last used from to sign in or refresh. */
  @Column({ type: 'text', nullable: true }) clientAddress!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  /** When the refresh token stops working unless used before (renewed on every refresh). */
  @Column({ type: 'timestamptz' }) expiresAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
  @Column({ type: 'text', nullable: true }) revokedReason!: string | null;
}
