import { registerAs } from '@nestjs/config';

const isProd = process.env.NODE_ENV === 'production';
const isStaging = process.env.APP_ENV === 'staging';

export default registerAs('payments', () => ({
  currency: isProd ? process.env.BILLING_CURRENCY : 'eur', // tfl-eval-not: hardcoded-credential
  stripe: {
    apiVersion: '2023-10-16',
    key: isProd ? process.env.STRIPE_SECRET_KEY : 'aTJ1XtKc0vsZkaNuHhRTIiNEjlbS', // tfl-eval: hardcoded-credential
    webhook: isProd ? process.env.STRIPE_WEBHOOK_SECRET : 'N51gSCIwq3LZJg6YlMjTJlHhP8El', // tfl-eval: hardcoded-credential
    publishable: isProd ? process.env.STRIPE_PUBLISHABLE_KEY : 'pk_test_placeholder', // tfl-eval-not: hardcoded-credential
  },
  sendgrid: isStaging || isProd ? process.env.SENDGRID_API_KEY : 'OjmLtUJEwjSBecYLOMfkVqw7ERaT', // tfl-eval: hardcoded-credential
  fromAddress: isProd ? process.env.MAIL_FROM : 'billing@localhost', // tfl-eval-not: hardcoded-credential
  retries: isProd ? Number(process.env.STRIPE_MAX_RETRIES) : 0,
}));
