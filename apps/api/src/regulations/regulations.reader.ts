import { Injectable } from '@nestjs/common';
import { parsedRegulation, PeriodEntity, PeriodKind } from '@thidua/db';
import { Regulation } from '@thidua/scoring';
import { PeriodsRepository } from '../periods/periods.repository';
import { RegulationsRepository } from './regulations.repository';

/** The parsed regulation a period is scored under (documents were validated when published). */
@Injectable()
export class RegulationsReader {
  constructor(
    private readonly periods: PeriodsRepository,
    private readonly regulations: RegulationsRepository,
  ) {}

  async forPeriod(groupId: string, year: number, kind: PeriodKind): Promise<Regulation | null> {
    const period = await this.periods.find(groupId, year, kind);
    if (!period) return null;
    const row = await this.regulations.byId(period.regulationId);
    if (!row) return null;
    return parsedRegulation(row);
  }

  /** The parsed regulation of a period already read (format 2's facts, criteria and tie-breaks included). */
  async ofPeriod(period: PeriodEntity): Promise<Regulation | null> {
    const row = await this.regulations.byId(period.regulationId);
    return row ? parsedRegulation(row) : null;
  }
}
