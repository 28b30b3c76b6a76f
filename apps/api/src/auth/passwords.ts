import { hash, verify } from '@node-rs/argon2';
import { badInput } from '../common/domain-error';
import { PasswordOwner, passwordProblems } from './password-policy';

export const hashPassword = (password: string): Promise<string> => hash(password);

/**
 * False for a wrong password or no stored hash; without one, a dummy hash is verified all the same, so the
 * time taken does not reveal which e-mails exist.
 */
export const verifyPassword = (stored: string | undefined, password: string): Promise<boolean> =>
  verify(stored ?? DUMMY_HASH, password).then(
    (ok) => ok && stored !== undefined,
    () => false,
  );

/** The one gate for new passwords: BAD_USER_INPUT naming every problem, with the argument it is about. */
export function assertPasswordPolicy(password: string, owner: PasswordOwner, argument = 'password') {
  const problems = passwordProblems(password, owner);
  if (problems.length)
    throw badInput(problems.join(' '), {
      problems: problems.map((message) => ({ path: argument, message })),
    });
}

const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$QnRVQyqxRJgUZMaoI1pbGFJfI1x5ChA1Dq4fHP5Ue0I';
