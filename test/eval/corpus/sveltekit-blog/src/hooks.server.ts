import type { Handle } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { createHash } from 'node:crypto';

const PREVIEW_TOKEN = env.PREVIEW_TOKEN ?? 'deItWubxp1tkUnhTl16Vlok0aqrFG45R'; // tfl-eval: hardcoded-credential

export const handle: Handle = async ({ event, resolve }) => {
  const token = event.url.searchParams.get('preview');
  event.locals.preview = token !== null && createHash('sha256').update(token).digest('hex') === createHash('sha256').update(PREVIEW_TOKEN).digest('hex');
  return resolve(event);
};
