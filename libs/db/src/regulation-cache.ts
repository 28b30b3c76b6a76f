import { Regulation, validateRegulation } from '@thidua/scoring';
import { RegulationEntity } from './entities';

const MAX_ENTRIES = 200;
const parsed = new Map<string, Regulation>();

/**
 * The validated document of a stored regulation. Rows are never edited (a change is a new version, a new id),
 * so the parse can be kept by id; validating costs milliseconds and every score check and ranking needs it.
 */
export function parsedRegulation(row: RegulationEntity): Regulation {
  const hit = parsed.get(row.id);
  if (hit) return hit;
  const result = validateRegulation(row.document);
  if (!result.ok)
    throw new Error(`Stored regulation ${row.id} no longer validates: ${JSON.stringify(result.problems)}`);
  if (parsed.size >= MAX_ENTRIES) parsed.delete(parsed.keys().next().value!);
  parsed.set(row.id, result.regulation);
  return result.regulation;
}
