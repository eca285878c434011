import admin from 'firebase-admin'

if (!admin.apps.length) {
  admin.initializeApp({
    credential: admin.credential.cert({
      projectId: 'tickets-prod-2231',
      clientEmail: 'firebase-adminsdk-x1y2z@tickets-prod-2231.iam.gserviceaccount.com',
      privateKey: process.env.FIREBASE_PRIVATE_KEY?.replace(/\\n/g, '\n'), // tfl-eval-not: hardcoded-credential
    }),
  })
}

export const db = admin.firestore()
