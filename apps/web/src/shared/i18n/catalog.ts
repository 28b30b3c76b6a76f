import type { vi } from './vi';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** Every catalog has the Vietnamese catalog's keys, with texts of its own. */
export type Catalog = Strings<typeof vi>;
