import { Injectable } from '@nestjs/common';
import {
  CovenantCommitment,
  CovenantEntity,
  CovenantSignatureEntity,
  TenantDb,
  TitleRegistrationEntity,
  UserEntity,
} from '@thidua/db';
import { updatedOne } from '../database/updated';

/** Row-level security narrows every read: a member reads its own signature and registration only. */
@Injectable()
export class CovenantsRepository {
  constructor(private readonly db: TenantDb) {}

  find(groupId: string, year: number) {
    return this.db.em.findOne(CovenantEntity, { where: { groupId, year }, relations: { publishedBy: true } });
  }

  signatures(covenantId: string) {
    return this.db.em.find(CovenantSignatureEntity, {
      where: { covenantId },
      relations: { member: true },
      order: { signedAt: 'ASC' },
    });
  }

  registrations(groupId: string, year: number) {
    return this.db.em.find(TitleRegistrationEntity, {
      where: { groupId, year },
      relations: { member: true },
      order: { registeredAt: 'ASC' },
    });
  }

  /** The e-mail of the signed-in account (its own user row is always readable). */
  async emailOf(userId: string): Promise<string> {
    return (await this.db.em.findOneByOrFail(UserEntity, { id: userId })).email;
  }

  async publish(
    existing: CovenantEntity | null,
    row: Pick<
      CovenantEntity,
      'groupId' | 'year' | 'registrationDeadline' | 'publishedById' | 'publishedByUserId'
    > & {
      commitments: CovenantCommitment[];
    },
  ): Promise<CovenantEntity> {
    const values = { ...row, publishedAt: new Date() };
    if (!existing) return this.db.em.save(CovenantEntity, this.db.em.create(CovenantEntity, values));
    await updatedOne(this.db.em.update(CovenantEntity, { id: existing.id }, values));
    return { ...existing, ...values };
  }

  sign(covenant: CovenantEntity, memberId: string, userId: string, email: string) {
    return this.db.em.save(
      CovenantSignatureEntity,
      this.db.em.create(CovenantSignatureEntity, {
        covenantId: covenant.id,
        groupId: covenant.groupId,
        year: covenant.year,
        memberId,
        signedByUserId: userId,
        signedByEmail: email,
      }),
    );
  }

  /** One registration per member and group-year, replaced in place until the deadline. */
  async register(row: Omit<TitleRegistrationEntity, 'id' | 'member'>) {
    const existing = await this.db.em.findOneBy(TitleRegistrationEntity, {
      groupId: row.groupId,
      year: row.year,
      memberId: row.memberId,
    });
    if (existing) {
      await updatedOne(this.db.em.update(TitleRegistrationEntity, { id: existing.id }, row));
      return { before: existing, after: { ...existing, ...row } };
    }
    return {
      before: null,
      after: await this.db.em.save(TitleRegistrationEntity, this.db.em.create(TitleRegistrationEntity, row)),
    };
  }
}
