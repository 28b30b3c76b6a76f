import { BrowserRouter } from 'react-router';
import { Shell } from './shell';

export default function SignedIn() {
  return (
    <BrowserRouter>
      <Shell />
    </BrowserRouter>
  );
}
