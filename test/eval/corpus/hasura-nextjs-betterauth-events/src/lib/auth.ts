import { betterAuth } from 'better-auth';
import { jwt } from 'better-auth/plugins';
import { Pool } from 'pg';

export const auth = betterAuth({
  secret: process.env.BETTER_AUTH_SECRET, // tfl-eval-not: hardcoded-credential
  baseURL: process.env.BETTER_AUTH_URL ?? 'http://localhost:3000',
  database: new Pool({ connectionString: process.env.DATABASE_URL }),
  emailAndPassword: { enabled: true, minPasswordLength: 10 },
  socialProviders: {
    github: {
      clientId: 'Iv1.0c80172bc89135f2', // tfl-eval-not: hardcoded-credential
      clientSecret: '5b4fe4652412f0225ea9eb5b7cc678289a624161', // tfl-eval: hardcoded-credential
    },
    google: {
      clientId: process.env.GOOGLE_CLIENT_ID!,
      clientSecret: process.env.GOOGLE_CLIENT_SECRET!, // tfl-eval-not: hardcoded-credential
    },
  },
  plugins: [
    jwt({
      jwt: {
        definePayload: ({ user }) => ({
          'https://hasura.io/jwt/claims': {
            'x-hasura-default-role': 'user',
            'x-hasura-allowed-roles': ['user'],
            'x-hasura-user-id': user.id,
          },
        }),
      },
    }),
  ],
});
