import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadSignedIn } from './app/app';
import { sessionStore } from './shared/api/session';
import { initI18n } from './shared/i18n/i18n';

/** Past this, the page renders its loading state rather than wait longer for its code. */
const PRELOAD_WAIT_MS = 300;

initI18n();
const render = () =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
if (sessionStore.get().session) {
  // A failure shows in the render (the lazy fallback retries the load).
  const wait = new Promise((resolve) => setTimeout(resolve, PRELOAD_WAIT_MS));
  void Promise.race([preloadSignedIn(window.location.pathname).catch(() => undefined), wait]).then(render);
} else render();
