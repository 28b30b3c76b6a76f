import { ApolloProvider } from '@apollo/client/react';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { Suspense, useState } from 'react';
import { SignInPage } from '../features/auth';
import { createApolloClient } from '../shared/api/client';
import { useSession } from '../shared/api/session';
import { YearProvider } from '../shared/api/year';
import { preloadable } from '../shared/ui/preloadable';
import { Loading } from '../shared/ui/states';
import { theme } from './theme';

// The signed-in part (router, header, workspaces) loads after sign-in: the sign-in page stays light.
const SignedIn = preloadable(() => import('./signed-in'));

/** Signed in already: the signed-in code and the page at `pathname`, loaded before the first render. */
export const preloadSignedIn = (pathname: string) =>
  SignedIn.preload().then((module) => module.preloadPage(pathname));

/** Signed out: the sign-in form at whatever URL was asked for, so signing in lands there. */
export function App() {
  const [client] = useState(createApolloClient);
  const { session } = useSession();
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <ApolloProvider client={client}>
        {session ? (
          <Suspense fallback={<Loading />}>
            <YearProvider>
              <SignedIn.Component />
            </YearProvider>
          </Suspense>
        ) : (
          <SignInPage />
        )}
      </ApolloProvider>
    </ThemeProvider>
  );
}
