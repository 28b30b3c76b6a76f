import type { Catalog } from '../catalog';

export const scoringEn: Catalog['scoring'] = {
  title: '',
};
