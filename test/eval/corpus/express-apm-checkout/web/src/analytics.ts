import posthog from 'posthog-js';
import mixpanel from 'mixpanel-browser';
import { datadogRum } from '@datadog/browser-rum';
import * as Sentry from '@sentry/browser';

// Browser keys: all of these are public by design and ship in the bundle.
posthog.init('phc_JNxLYFTP62cRo6tqCCRdWGpo0N6WBcBCuyZYB10JL3C', { api_host: 'https://eu.i.posthog.com' }); // tfl-eval-not: hardcoded-credential

mixpanel.init('678723f47659d5a2274360c4a5e058ea', { track_pageview: true, persistence: 'localStorage' }); // tfl-eval-not: hardcoded-credential

datadogRum.init({
  applicationId: '5ea08fd2-7407-4a28-b780-bbbad7cff0af',
  clientToken: 'puba8b490841924cb48853a4417f64a4d15', // tfl-eval-not: hardcoded-credential
  site: 'datadoghq.eu',
  service: 'checkout-web',
  sessionSampleRate: 20,
});

Sentry.init({
  dsn: 'https://0defbbfbdebd9ee00eec12f884d0dcac@o450611521.ingest.us.sentry.io/450630654', // tfl-eval-not: hardcoded-credential
  integrations: [Sentry.browserTracingIntegration()],
});
