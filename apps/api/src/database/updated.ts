import { DeleteResult, UpdateResult } from 'typeorm';
import { forbidden } from '../common/domain-error';

/**
 * An update (or deletion) of one known row that changed nothing was filtered out by row-level security: a refusal, never
 * a silent success (the second wall answers like the first).
 */
export async function updatedOne(result: Promise<UpdateResult | DeleteResult>): Promise<void> {
  if (!(await result).affected) throw forbidden();
}
