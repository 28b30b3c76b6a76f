import { Injectable } from '@nestjs/common';
import { parsedRegulation, PeriodKind } from '@thidua/db';
import { Regulation } from '@thidua/scoring';
import { GroupsRepository } from '../groups/groups.repository';

/** The parsed regulation a period is scored under (documents were validated when published). */
@Injectable()
export class RegulationsReader {
  constructor(private readonly groups: GroupsRepository) {}

  async forPeriod(groupId: string, year: number, kind: PeriodKind): Promise<Regulation | null> {
    const period = await this.groups.period(groupId, year, kind);
    if (!period) return null;
    const row = await this.groups.regulationById(period.regulationId);
    if (!row) return null;
    return parsedRegulation(row);
  }
}
