// Component tests render workspaces without the signed-in app: they get every Vietnamese text at once.
import { addFeatureTexts, initI18n } from './i18n';
import { viFeatures } from './vi-features';

export function initTestI18n() {
  const i18n = initI18n('vi');
  addFeatureTexts(viFeatures);
  return i18n;
}
