import type { APIRoute } from 'astro'

export const POST: APIRoute = async ({ request }) => {
  const form = await request.formData()
  const email = String(form.get('email') ?? '')
  if (!email.includes('@')) return new Response('Please enter a valid email', { status: 400 })
  const res = await fetch('https://api.buttondown.email/v1/subscribers', {
    method: 'POST',
    headers: { Authorization: 'Token b276261e-a4e9-ecd2-42a6-b0edc8824a0f', 'Content-Type': 'application/json' }, // tfl-eval: hardcoded-credential
    body: JSON.stringify({ email_address: email, tags: ['website'] }),
  })
  return new Response(res.ok ? 'Thanks for subscribing!' : 'Something went wrong', { status: res.ok ? 200 : 502 })
}
