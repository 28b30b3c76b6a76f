import { Injectable } from '@nestjs/common';
import { parsedRegulation, PeriodEntity, PeriodKind } from '@thidua/db';
import type { GroupIndicator } from '@thidua/report';
import { Regulation, regulationIndicators } from '@thidua/scoring';
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

  /**
   * The indicators the period's regulation declares (format 2 `indicators`, beside the common ones), as the
   * engine validated them: keys unique, none repeating a common one.
   */
  async declaredIndicators(groupId: string, year: number, kind: PeriodKind): Promise<GroupIndicator[]> {
    const regulation = await this.forPeriod(groupId, year, kind);
    return regulation ? declaredIndicatorsOf(regulation) : [];
  }
}

/** The indicators a regulation declares beside the common ones (format 2 `indicators`). */
export const declaredIndicatorsOf = (regulation: Regulation): GroupIndicator[] =>
  regulationIndicators(regulation)
    .filter((i) => !i.common)
    .map(({ key, label, unit }) => ({ key, label, unit }));
