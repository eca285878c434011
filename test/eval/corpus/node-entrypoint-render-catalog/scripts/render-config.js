const config = {
  apiBase: process.env.API_BASE ?? '/api',
  sentryDsn: process.env.SENTRY_DSN ?? null,
};
process.stdout.write(JSON.stringify(config));
