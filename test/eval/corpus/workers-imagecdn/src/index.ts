export interface Env {
  VARIANTS: KVNamespace
  ORIGINALS: R2Bucket
  ORIGIN_HOST: string
  MAX_WIDTH: string
  CLOUDINARY_API_SECRET: string
  PURGE_TOKEN: string
}

// Shared with the origin's upload service so it can mint signed variant URLs.
const URL_SIGNING_KEY = '4ad5fdfadccb166b49a0f0e8e3892b5dff9c64e7fefcbbc3eaff5f20fa4195dd' // tfl-eval: hardcoded-credential

async function hmac(key: string, message: string): Promise<string> {
  const cryptoKey = await crypto.subtle.importKey('raw', new TextEncoder().encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
  const signature = await crypto.subtle.sign('HMAC', cryptoKey, new TextEncoder().encode(message))
  return [...new Uint8Array(signature)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const url = new URL(request.url)
    if (url.pathname === '/purge' && request.method === 'POST') {
      if (request.headers.get('Authorization') !== `Bearer ${env.PURGE_TOKEN}`) return new Response('forbidden', { status: 403 })
      await env.VARIANTS.delete(url.searchParams.get('key') ?? '')
      return new Response('ok')
    }
    const expected = await hmac(URL_SIGNING_KEY, url.pathname + url.searchParams.get('w'))
    if (url.searchParams.get('sig') !== expected) return new Response('bad signature', { status: 401 })
    const cached = await env.VARIANTS.get(url.pathname, 'arrayBuffer')
    if (cached) return new Response(cached, { headers: { 'Content-Type': 'image/webp' } })
    const original = await env.ORIGINALS.get(url.pathname.slice(1))
    if (!original) return fetch(`https://${env.ORIGIN_HOST}${url.pathname}`, { headers: { 'X-Api-Key': env.CLOUDINARY_API_SECRET } })
    const body = await original.arrayBuffer()
    ctx.waitUntil(env.VARIANTS.put(url.pathname, body, { expirationTtl: 86400 }))
    return new Response(body, { headers: { 'Content-Type': original.httpMetadata?.contentType ?? 'image/jpeg' } })
  },
}
