import type { vi } from './vi';
import type { viFeatures } from './vi-features';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** Every catalog has the Vietnamese catalog's keys, with texts of its own. */
export type Catalog = Strings<typeof vi & typeof viFeatures>;
