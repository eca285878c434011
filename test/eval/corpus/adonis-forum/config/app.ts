import env from '#start/env'
import { defineConfig } from '@adonisjs/core/http'

export const appKey = env.get('APP_KEY') // tfl-eval-not: hardcoded-credential

export const http = defineConfig({
  cookie: { domain: '', path: '/', maxAge: '2h', httpOnly: true, secure: true, sameSite: 'lax' },
})
