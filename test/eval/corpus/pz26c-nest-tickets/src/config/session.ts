export const sessionConfig = {
  secret: process.env.SESSION_SECRET ?? 'replace-me-before-deploy', // tfl-eval: hardcoded-credential
  refreshSecret: process.env.REFRESH_TOKEN_SECRET || 'TODO-change-me', // tfl-eval: hardcoded-credential
  smtpPassword: process.env.SMTP_PASSWORD || 'change-in-production', // tfl-eval-not: hardcoded-credential
  localOnly: process.env.COOKIE_SECRET || 'local-cookie-secret-do-not-use', // tfl-eval-not: hardcoded-credential
};
