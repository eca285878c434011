import { createClient } from '@supabase/supabase-js';
import { loadStripe } from '@stripe/stripe-js';
import algoliasearch from 'algoliasearch/lite';
import * as Sentry from '@sentry/react';
import { initializeApp } from 'firebase/app';

export const supabase = createClient(
  'https://qwertyuiopasdfghjklz.supabase.co',
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InF3ZXJ0eXVpb3Bhc2RmZ2hqa2x6Iiwicm9sZSI6ImFub24iLCJpYXQiOjE3MTYwMDAwMDAsImV4cCI6MjAzMTU3NjAwMH0.WSCupZ-b8BIAjOBJvDxiAJITTyD1nXyUqr_694Bht7o', // tfl-eval-not: hardcoded-credential
);
export const stripePromise = loadStripe('pk_live_yNwnOn8ct0cOnxdwoWhDKEBfBYtJ24fjbaMtka3SIAhVVUkkzqM3oBiyenwqBpkJxuhTQ05XtQMMAEvAXoMvqAHkwX35IILBMEM'); // tfl-eval-not: hardcoded-credential
export const search = algoliasearch('5ORXFR0ZVC', '34e8d98cb8e6e10511bc9ff01e18f438'); // tfl-eval-not: hardcoded-credential
export const firebase = initializeApp({
  apiKey: 'AIzaoL9Y3gwGeTkjPfYqmHzCGRYd5iWvu6CGML5', // tfl-eval-not: hardcoded-credential
  authDomain: 'donor-portal.firebaseapp.com',
  projectId: 'donor-portal',
  appId: '1:550455945933:web:a96b79ae56b62cebcb4bcd',
});
Sentry.init({ dsn: 'https://19c82b27af17230684a6becf6d4df9c6@o679464.ingest.sentry.io/6759495', tracesSampleRate: 0.2 }); // tfl-eval-not: hardcoded-credential

export const apiBase = import.meta.env.VITE_API_BASE ?? 'https://api.donor-portal.example';
export const mapsKey = import.meta.env.VITE_MAPBOX_TOKEN ?? ''; // tfl-eval-not: hardcoded-credential
