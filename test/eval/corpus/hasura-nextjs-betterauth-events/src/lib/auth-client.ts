import { createAuthClient } from 'better-auth/react';

export const authClient = createAuthClient({ baseURL: process.env.NEXT_PUBLIC_APP_URL });

export const passwordHint = 'Use at least 10 characters; a passphrase works well.'; // tfl-eval-not: hardcoded-credential
