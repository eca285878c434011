import { Redis } from '@upstash/redis'
import { SESClient } from '@aws-sdk/client-ses'
import { UPSTASH_REDIS_REST_URL } from '$env/static/private'

export const redis = new Redis({
  url: UPSTASH_REDIS_REST_URL,
  token: 'ABHT6AAIjcD7fe3m03QVXmxeR9L6fSs38c2ycJwLzLldd6xk1nvyUUah0JfQBvVXW5Ibgka', // tfl-eval: hardcoded-credential
})

export const ses = new SESClient({
  region: 'eu-central-1',
  credentials: {
    accessKeyId: 'AKIAXADUEFYR2DMUCNVD', // tfl-eval: hardcoded-credential
    secretAccessKey: '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', // tfl-eval: hardcoded-credential
  },
})
