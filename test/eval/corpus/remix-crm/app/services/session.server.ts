import { createCookieSessionStorage } from '@remix-run/node';

export const sessionStorage = createCookieSessionStorage({
  cookie: {
    name: '__crm_session',
    httpOnly: true,
    path: '/',
    sameSite: 'lax',
    secrets: ['QQuljTukbt3j1b0No5g5aja3pOhwvAUe23BcRUrW'], // tfl-eval: hardcoded-credential
    secure: process.env.NODE_ENV === 'production',
  },
});

export const { getSession, commitSession, destroySession } = sessionStorage;
