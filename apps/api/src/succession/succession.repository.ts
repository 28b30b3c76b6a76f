import { Injectable } from '@nestjs/common';
import {
  RegulationDraftEntity,
  SuccessionBallotEntity,
  SuccessionElectionEntity,
  TenantDb,
  UserEntity,
} from '@thidua/db';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { updatedOne } from '../database/updated';

export interface OfficeCount {
  office: 'HEAD' | 'DEPUTY';
  candidateId: string;
  votes: number;
}

/** Row-level security narrows every read: a member reads its own ballot only, the counts through a function. */
@Injectable()
export class SuccessionRepository {
  constructor(private readonly db: TenantDb) {}

  find(groupId: string, year: number) {
    return this.db.em.findOne(SuccessionElectionEntity, {
      where: { groupId, year },
      relations: { outgoingHead: true, head: true, deputy: true, closedBy: true },
    });
  }

  open(groupId: string, year: number, openedById: string) {
    return this.db.em.save(
      SuccessionElectionEntity,
      this.db.em.create(SuccessionElectionEntity, { groupId, year, openedById }),
    );
  }

  close(id: string, result: Partial<SuccessionElectionEntity>) {
    return updatedOne(this.db.em.update(SuccessionElectionEntity, { id, state: 'OPEN' }, result));
  }

  ownBallot(electionId: string, voterId: string) {
    return this.db.em.findOne(SuccessionBallotEntity, {
      where: { electionId, voterId },
      relations: { headChoice: true, deputyChoice: true },
    });
  }

  /** One ballot per member, replaced in place while the election is open. */
  async cast(row: Omit<SuccessionBallotEntity, 'id'>) {
    const existing = await this.ownBallot(row.electionId, row.voterId);
    if (!existing) return { replaced: false, id: (await this.db.em.save(SuccessionBallotEntity, row)).id };
    const { headChoiceId, deputyChoiceId, castByUserId, castAt } = row;
    await updatedOne(
      this.db.em.update(
        SuccessionBallotEntity,
        { id: existing.id },
        { headChoiceId, deputyChoiceId, castByUserId, castAt },
      ),
    );
    return { replaced: true, id: existing.id };
  }

  async voters(electionId: string): Promise<string[]> {
    const rows: { voter_id: string }[] = await this.db.em.query(
      `SELECT voter_id FROM succession_voters($1)`,
      [electionId],
    );
    return rows.map((r) => r.voter_id);
  }

  /** Empty where the caller may not see the counts yet. */
  async tally(electionId: string): Promise<OfficeCount[]> {
    const rows: { office: 'HEAD' | 'DEPUTY'; candidate_id: string; votes: number }[] = await this.db.em.query(
      `SELECT office, candidate_id, votes FROM succession_tally($1)`,
      [electionId],
    );
    return rows.map((r) => ({ office: r.office, candidateId: r.candidate_id, votes: r.votes }));
  }

  draft(groupId: string, year: number) {
    return this.db.em.findOne(RegulationDraftEntity, {
      where: { groupId, year },
      relations: { copiedFrom: true },
    });
  }

  createDraft(row: Omit<RegulationDraftEntity, 'id'>) {
    return this.db.em.save(RegulationDraftEntity, this.db.em.create(RegulationDraftEntity, row));
  }

  saveDraft(id: string, patch: Pick<RegulationDraftEntity, 'document' | 'updatedById' | 'updatedAt'>) {
    return updatedOne(
      this.db.em.update(
        RegulationDraftEntity,
        { id },
        patch as QueryDeepPartialEntity<RegulationDraftEntity>,
      ),
    );
  }

  /** The e-mail of the signed-in account (its own user row is always readable). */
  async emailOf(userId: string): Promise<string> {
    return (await this.db.em.findOneByOrFail(UserEntity, { id: userId })).email;
  }
}
