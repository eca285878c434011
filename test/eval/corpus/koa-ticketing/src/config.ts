import dotenv from 'dotenv';

dotenv.config();

export enum TicketState {
  Open = 'open',
  Resolved = 'resolved',
  PasswordReset = 'password_reset',
}

export const config = {
  port: Number(process.env.PORT ?? 4000),
  database: {
    host: process.env.DB_HOST ?? 'localhost',
    user: process.env.DB_USER ?? 'ticketing',
    password: process.env.DB_PASSWORD ?? 'Orch1d*756an', // tfl-eval: hardcoded-credential
  },
  mailgun: {
    domain: 'mg.ticketing.dev',
    apiKey: 'key-1cad862b2e8e9378347a93d50cdda65d', // tfl-eval: hardcoded-credential
  },
  stripe: {
    publishableKey: 'pk_live_R80mlYnWioF0AsVSX30qYe3k', // tfl-eval-not: hardcoded-credential
    webhookSecret: process.env.STRIPE_WEBHOOK_SECRET,
  },
  sentryDsn: process.env.SENTRY_DSN,
  passwordPolicy: { minLength: 12, requireSymbol: true },
  resetTokenTtl: '2h',
};
