import { UpdateResult } from 'typeorm';
import { forbidden } from '../common/domain-error';

/**
 * An update of one known row that changed nothing was filtered out by row-level security: a refusal, never
 * a silent success (the second wall answers like the first).
 */
export async function updatedOne(result: Promise<UpdateResult>): Promise<void> {
  if (!(await result).affected) throw forbidden();
}
