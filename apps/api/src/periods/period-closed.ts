import type { PeriodEntity } from '@thidua/db';
import { PERIOD_TERMS } from '@thidua/terms';
import { conflict } from '../common/domain-error';

/**
 * The one application check that a period is still open to changes: the board's decision closes it (state
 * CLOSED) and nothing of it changes afterwards, whatever the step. PostgreSQL repeats it (trigger
 * app_refuse_closed_period, migration 1764217200000). `what`: what the refused change is about.
 */
export function refuseIfClosed(period: Pick<PeriodEntity, 'state' | 'kind' | 'year'>, what: string): void {
  if (period.state !== 'CLOSED') return;
  const message = `Kỳ ${PERIOD_TERMS[period.kind].ofYear(period.year)} đã khép lại bằng quyết định khen thưởng: ${what} không thay đổi được nữa.`;
  throw conflict(message, { reason: 'PERIOD_CLOSED', problems: [{ path: 'period', message }] });
}
