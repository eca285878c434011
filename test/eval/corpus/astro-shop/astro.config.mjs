import { defineConfig } from 'astro/config'
import node from '@astrojs/node'
import sentry from '@sentry/astro'

export default defineConfig({
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  integrations: [
    sentry({
      dsn: 'https://9dbdcdecf275c9c14882fd0f30ec6c58@o4507112.ingest.de.sentry.io/4507112233', // tfl-eval-not: hardcoded-credential
      sourceMapsUploadOptions: {
        project: 'astro-shop',
        authToken: 'sntrys_eyJpYXQiOjE3i6dFQNfn6fPuEecgsSujrEbi3YoXTcgfSH6yNsCEkjageOMrp8DfXvkmXkPK', // tfl-eval: hardcoded-credential
      },
    }),
  ],
})
