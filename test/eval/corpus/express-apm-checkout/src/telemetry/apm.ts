import apm from 'elastic-apm-node';

// Must run before any other import so the agent can patch http and pg.
export const agent = apm.start({
  serviceName: 'checkout-api',
  serverUrl: process.env.ELASTIC_APM_SERVER_URL ?? 'http://localhost:8200',
  secretToken: 'yxKlooiMnjL4XO5sWrSeKvWz', // tfl-eval: hardcoded-credential
  environment: process.env.NODE_ENV ?? 'development',
  captureBody: 'errors',
  active: process.env.NODE_ENV === 'production',
});

export function apiKeyAgent() {
  return apm.start({
    serviceName: 'checkout-worker',
    apiKey: process.env.ELASTIC_APM_API_KEY, // tfl-eval-not: hardcoded-credential
  });
}
