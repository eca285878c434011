import admin from 'firebase-admin'

const serviceAccount = {
  type: 'service_account',
  project_id: 'sync-prod-4821',
  private_key_id: '8f13328bdf4fb379c2fd815eb6097085f7ad8c9e', // tfl-eval-not: hardcoded-credential (the id of the key, sent in every JWT header)
  private_key: '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQCXADZcGeMLyioYJb815doAYSBOgI89RmjqIlXD9RpUSSTqBo2ZYWGd12skp6T\n-----END PRIVATE KEY-----\n', // tfl-eval: hardcoded-credential
  client_email: 'firebase-adminsdk-x1y2z@sync-prod-4821.iam.gserviceaccount.com',
  client_id: '086664419504666228618',
}

admin.initializeApp({ credential: admin.credential.cert(serviceAccount as admin.ServiceAccount) })

// Web config shipped to the browser bundle; not a secret.
export const webConfig = {
  apiKey: 'AIzaDBw1hBIQlVdsXP3SJbCEJ0OiN36MrOChc9K', // tfl-eval-not: hardcoded-credential
  authDomain: 'sync-prod-4821.firebaseapp.com',
  projectId: 'sync-prod-4821',
}

export const db = admin.firestore()
