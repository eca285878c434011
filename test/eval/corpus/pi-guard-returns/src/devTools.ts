const isProduction = process.env.NODE_ENV === 'production';

export function devMailer() {
  if (isProduction) {
    throw new Error('the dev mailer never runs in production');
  }
  return { host: '127.0.0.1', port: 1025, auth: { user: 'dev', pass: 'mailpit-dev-pass' } }; // tfl-eval-not: hardcoded-credential, hardcoded-backing-service
}
