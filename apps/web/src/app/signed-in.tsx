import { BrowserRouter } from 'react-router';
import { addFeatureTexts } from '../shared/i18n/i18n';
import { viFeatures } from '../shared/i18n/vi-features';
import { Shell } from './shell';

export { preloadPage } from './workspaces';

// The workspaces' texts come with the signed-in app: the sign-in page does without them.
addFeatureTexts(viFeatures);

export default function SignedIn() {
  return (
    <BrowserRouter>
      <Shell />
    </BrowserRouter>
  );
}
