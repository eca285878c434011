import Stripe from 'stripe'

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2024-06-20' }) // tfl-eval-not: hardcoded-credential

export function parseEvent(body: string, signature: string) {
  return stripe.webhooks.constructEvent(body, signature, 'whsec_dwFIzDa7FM94VdxDJQavpuyuitmHxJOQ') // tfl-eval: hardcoded-credential
}
