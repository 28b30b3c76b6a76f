// manual: the scorer enters any points from 0 to the criterion's max.
import { z } from 'zod';
import type { EnteredModule } from './types';

const schema = z.strictObject({ type: z.literal('manual') });

export const manual: EnteredModule<typeof schema, { type: 'manual' }> = {
  schema,
  computed: false,
  allOrNothing: false,
  validate: () => undefined,
  compile: () => ({ type: 'manual' }),
  each: () => undefined,
};
