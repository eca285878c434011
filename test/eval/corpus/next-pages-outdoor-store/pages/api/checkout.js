import Stripe from 'stripe'
import getConfig from 'next/config'

const { serverRuntimeConfig } = getConfig()
const stripe = new Stripe(serverRuntimeConfig.stripeSecret) // tfl-eval-not: hardcoded-credential

export default async function handler(req, res) {
  const session = await stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: req.body.items,
    success_url: 'https://outdoor.example.com/thanks',
    cancel_url: 'https://outdoor.example.com/cart',
  })
  res.status(200).json({ id: session.id })
}
