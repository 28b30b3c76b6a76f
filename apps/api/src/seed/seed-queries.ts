// Read-only checks the seed makes as the database owner, so that a second run changes nothing.
import { Client } from 'pg';

/** Whether the membership is already in place (setting it again would add an audit event). */
export async function hasMembership(
  owner: Client,
  groupCode: string,
  year: number,
  orgCode: string,
  role: string,
) {
  const { rowCount } = await owner.query(
    `SELECT 1 FROM membership m JOIN emulation_group g ON g.id = m.group_id JOIN organization o ON o.id = m.organization_id
     WHERE g.code = $1 AND m.year = $2 AND o.code = $3 AND m.role = $4`,
    [groupCode, year, orgCode, role],
  );
  return (rowCount ?? 0) > 0;
}
