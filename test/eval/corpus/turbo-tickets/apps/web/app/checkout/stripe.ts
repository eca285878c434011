'use client';
import { loadStripe } from '@stripe/stripe-js';

// A publishable key is meant to ship to browsers.
const PUBLISHABLE_KEY = process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY ?? 'pk_live_G7OyLmpI220AAoEYJIZUQKYS';

export const stripePromise = loadStripe(PUBLISHABLE_KEY);

export const CHECKOUT_STATUS = { succeeded: 'succeeded', requiresAction: 'requires_action', failed: 'failed' } as const;
