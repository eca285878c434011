import Stripe from 'stripe'

export default defineEventHandler(async (event) => {
  const config = useRuntimeConfig(event)
  const stripe = new Stripe(config.stripeSecretKey) // tfl-eval-not: hardcoded-credential
  const sig = getHeader(event, 'stripe-signature') ?? ''
  const body = await readRawBody(event)
  const evt = stripe.webhooks.constructEvent(body!, sig, 'whsec_Q2Hw8eKYGjvoklj6fsQsN9CzNWHdiUlt') // tfl-eval: hardcoded-credential
  return { received: evt.type }
})
