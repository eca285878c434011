import { Redis } from '@upstash/redis'
import { Ratelimit } from '@upstash/ratelimit'

export const config = { runtime: 'edge' }

const redis = Redis.fromEnv()
const ratelimit = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(20, '1 m') })
const SAFE_BROWSING_KEY = 'AIza8yi2qxh2v45IMMjkNJK40wiajElecG1UDTk' // tfl-eval: hardcoded-credential

export default async function handler(req: Request): Promise<Response> {
  const ip = req.headers.get('x-forwarded-for') ?? 'anon'
  const { success } = await ratelimit.limit(ip)
  if (!success) return new Response('Too many requests', { status: 429 })
  const { url } = await req.json()
  const check = await fetch(`https://safebrowsing.googleapis.com/v4/threatMatches:find?key=${SAFE_BROWSING_KEY}`, {
    method: 'POST',
    body: JSON.stringify({ client: { clientId: 'acme-links', clientVersion: '1.0' }, threatInfo: { threatTypes: ['MALWARE'], platformTypes: ['ANY_PLATFORM'], threatEntryTypes: ['URL'], threatEntries: [{ url }] } }),
  })
  if ((await check.json()).matches) return new Response('Unsafe URL', { status: 400 })
  const slug = crypto.randomUUID().slice(0, 7)
  await redis.set(`link:${slug}`, url, { ex: 60 * 60 * 24 * 365 })
  return Response.json({ short: `https://links.acme.dev/${slug}` })
}
