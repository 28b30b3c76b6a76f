import { Injectable } from '@nestjs/common';
import { parsedRegulation, PeriodKind } from '@thidua/db';
import { declaredIndicators, type GroupIndicator } from '@thidua/report';
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

  /**
   * The indicators the period's regulation declares (format 2 `indicators`), read from the stored document by
   * libs/report's one tolerant reader until the engine's validated schema carries them.
   */
  async declaredIndicators(groupId: string, year: number, kind: PeriodKind): Promise<GroupIndicator[]> {
    const period = await this.periods.find(groupId, year, kind);
    const row = period ? await this.regulations.byId(period.regulationId) : null;
    return row ? declaredIndicators(row.document) : [];
  }
}
