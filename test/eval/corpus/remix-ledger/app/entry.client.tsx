import * as Sentry from '@sentry/remix';
import { initializeApp } from 'firebase/app';

Sentry.init({ dsn: 'https://ab9f1b128bcddd671cbb853f9b89415e@o450123.ingest.sentry.io/5512345', tracesSampleRate: 0.2 }); // tfl-eval-not: hardcoded-credential

initializeApp({
  apiKey: 'AIzajSS5Y437gZfGskDadmNrlJkglrsnNtFP-x1', // tfl-eval-not: hardcoded-credential
  authDomain: 'ledger-prod.firebaseapp.com',
  projectId: 'ledger-prod',
  messagingSenderId: '912345678901',
  appId: '1:912345678901:web:4f2a9c1e7b3d5a8c',
});
