// pass_fail: the criterion's max when met, 0 otherwise.
import { z } from 'zod';
import type { EnteredModule } from './types';

const schema = z.strictObject({ type: z.literal('pass_fail') });

export const passFail: EnteredModule<typeof schema, { type: 'pass_fail' }> = {
  schema,
  computed: false,
  allOrNothing: true,
  validate: () => undefined,
  compile: () => ({ type: 'pass_fail' }),
  each: () => undefined,
};
