export { SignInPage } from './sign-in-page';
export { SignOutButton } from './sign-out-button';
