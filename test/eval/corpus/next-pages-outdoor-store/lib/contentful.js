import { createClient } from 'contentful-management'

export const cma = createClient({ accessToken: 'CFPAT-rn8ApPq3NpB9g2OVV1DqMNsfwco7XnYxrpcmZ7I5Buu' }) // tfl-eval: hardcoded-credential
