import * as admin from 'firebase-admin';

// Second project used for the analytics export; its service account is inlined for the emulator migration.
export const analyticsApp = admin.initializeApp(
  {
    credential: admin.credential.cert({
      projectId: 'billing-analytics-7f3a2',
      clientEmail: 'exporter@billing-analytics-7f3a2.iam.gserviceaccount.com',
      privateKey: '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7Zq8Lw3mPVt6yRn2H\nk9Xc4BfJ7sGd1aE5uT0oKiLw3mP0qB7vF2hD5jS8gK1mY4cR7zA0eU3iL6oN9pT2w\nQ5xV8bFq9eHx4eBT9FEsv4dX0YuGlnKMTOeulSuaVx4Tz8Kp3Wc6Nd1FZvGeuloA\n-----END PRIVATE KEY-----\n', // tfl-eval: hardcoded-credential
    }),
  },
  'analytics',
);
