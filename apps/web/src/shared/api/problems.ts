// The problems a BAD_USER_INPUT error lists in `extensions.problems` (each with its JSON path and a
// Vietnamese sentence written for users by the regulation checks), so a cell or a document can show them.
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TFunction } from 'i18next';
import { errorMessage } from './errors';

export interface Problem {
  path: string;
  message: string;
}

export function problemsOf(error: unknown): Problem[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  const listed = error.errors[0]?.extensions?.problems;
  if (!Array.isArray(listed)) return [];
  return listed
    .filter((p): p is Problem => typeof p?.path === 'string' && typeof p?.message === 'string')
    .map((p) => ({ path: p.path, message: p.message }));
}

/** The problems' sentences when the error lists them, else the catalog's sentence for its code. */
export function refusal(t: TFunction, error: unknown): string {
  const problems = problemsOf(error);
  return problems.length ? problems.map((p) => p.message).join(' ') : errorMessage(t, error);
}
