import type { Catalog } from '../catalog';

export const adminEn: Catalog['admin'] = {
  title: '',
};
