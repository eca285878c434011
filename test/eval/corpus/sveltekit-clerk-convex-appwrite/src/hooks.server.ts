import { createClerkClient } from '@clerk/backend';
import type { Handle } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { PUBLIC_CLERK_PUBLISHABLE_KEY } from '$env/static/public';

const clerk = createClerkClient({
  secretKey: env.CLERK_SECRET_KEY, // tfl-eval-not: hardcoded-credential
  publishableKey: PUBLIC_CLERK_PUBLISHABLE_KEY,
});

const reportsClerk = createClerkClient({
  secretKey: 'sk_live_717M9Sqhila3GTBfCkuAkGDuhWQha9TvmZAze1WC', // tfl-eval: hardcoded-credential
  publishableKey: 'pk_live_Y2xlcmsuYWNtZS1ub3Rlcy5kZXYk', // tfl-eval-not: hardcoded-credential
});

export const handle: Handle = async ({ event, resolve }) => {
  const state = await clerk.authenticateRequest(event.request, { authorizedParties: ['https://notes.acme.dev'] });
  event.locals.auth = state.toAuth();
  return resolve(event);
};

export { reportsClerk };
