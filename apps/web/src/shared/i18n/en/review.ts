import type { Catalog } from '../catalog';

export const reviewEn: Catalog['review'] = {
  title: '',
};
