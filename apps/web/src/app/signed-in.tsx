import { BrowserRouter } from 'react-router';
import { Shell } from './shell';

export { preloadPage } from './workspaces';

export default function SignedIn() {
  return (
    <BrowserRouter>
      <Shell />
    </BrowserRouter>
  );
}
