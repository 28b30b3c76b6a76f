// Kiểm tra before publishing: the very checks publishRegulation runs (libs/scoring, pure TypeScript),
// run in the browser so the head sees every problem without publishing. Loaded on first use (own chunk).
import type { TFunction } from 'i18next';
import type { Problem } from '../../shared/api/problems';

/** Every problem of the document for this group and year, each with its JSON path; empty when valid. */
export async function checkRegulation(
  t: TFunction,
  document: unknown,
  groupCode: string,
  year: number,
): Promise<Problem[]> {
  const { validateRegulation } = await import('../../../../../libs/scoring/src/regulation.validation');
  const result = validateRegulation(document);
  if (!result.ok) return result.problems;
  // publishRegulation's own test: the document names the group and year it is published for.
  const { group, year: written } = result.regulation;
  return [
    ...(group !== groupCode
      ? [
          {
            path: 'group',
            message: t('scoring.regulation.otherGroup', { written: group, expected: groupCode }),
          },
        ]
      : []),
    ...(written !== year
      ? [{ path: 'year', message: t('scoring.regulation.otherYear', { written, expected: year }) }]
      : []),
  ];
}
