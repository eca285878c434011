import { cert, getApps, initializeApp } from 'firebase-admin/app'
import { getFirestore } from 'firebase-admin/firestore'

const app =
  getApps()[0] ??
  initializeApp({
    credential: cert({
      projectId: 'volunteers-7f3a1',
      clientEmail: 'firebase-adminsdk-x1y2z@volunteers-7f3a1.iam.gserviceaccount.com',
      privateKey: '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7uMp5ZEArSKba\n-----END PRIVATE KEY-----\n', // tfl-eval: hardcoded-credential
    }),
  })

export const db = getFirestore(app)
