// Rendered into the booking page so the browser can create a card element. Publishable by design.
export const STRIPE_PUBLISHABLE_KEY = 'pk_live_TGKIeQGGe6wf4MmH6ha8nDeOBSKG54ZskEquy2fa';
export const DEPOSIT_CENTS = 1500;
