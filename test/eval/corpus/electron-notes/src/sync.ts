import { app, safeStorage } from 'electron'
import { Dropbox } from 'dropbox'
import * as Sentry from '@sentry/electron/main'

Sentry.init({ dsn: 'https://9612d55b3a0fd1315d36c834c0695c74@o285151.ingest.sentry.io/5400311' }) // tfl-eval-not: hardcoded-credential

const DROPBOX_APP_KEY = 'qwluav25tq2ofsi' // tfl-eval-not: hardcoded-credential
const DROPBOX_APP_SECRET = 'row7hz5ofh3h5fz' // tfl-eval: hardcoded-credential

export function dropboxFor(refreshToken: string) {
  return new Dropbox({ clientId: DROPBOX_APP_KEY, clientSecret: DROPBOX_APP_SECRET, refreshToken })
}

export function storeToken(token: string): Buffer {
  return safeStorage.encryptString(token)
}

export const updateFeed = {
  provider: 'github',
  owner: 'acme',
  repo: 'notes-desktop',
  token: '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', // tfl-eval: hardcoded-credential
  private: true,
}

app.setAppUserModelId('com.acme.notes')
