import { Elysia, t } from 'elysia'
import { jwt } from '@elysiajs/jwt'
import { cors } from '@elysiajs/cors'
import { Database } from 'bun:sqlite'
import { Resend } from 'resend'

const db = new Database('wishlist.sqlite', { create: true })
const resend = new Resend(Bun.env.RESEND_API_KEY)

const app = new Elysia()
  .use(cors({ origin: 'https://wishlist.fyi' }))
  .use(jwt({ name: 'jwt', secret: '6NKO7muww17G-RIjQJuCfggrw', exp: '7d' })) // tfl-eval: hardcoded-credential
  .post('/login', async ({ jwt, body, error }) => {
    const user = db.query('SELECT id, password_hash FROM users WHERE email = ?').get(body.email) as { id: number; password_hash: string } | null
    if (!user || !(await Bun.password.verify(body.password, user.password_hash))) return error(401, 'Invalid email or password')
    return { token: await jwt.sign({ sub: String(user.id) }) }
  }, { body: t.Object({ email: t.String({ format: 'email' }), password: t.String({ minLength: 8 }) }) })
  .post('/invite', async ({ body }) => {
    await resend.emails.send({ from: 'hi@wishlist.fyi', to: body.email, subject: 'You are invited', html: '<p>Join my wishlist</p>' })
    return { ok: true }
  }, { body: t.Object({ email: t.String() }) })
  .listen(Number(Bun.env.PORT ?? 3000)) // tfl-eval: no-graceful-shutdown

console.log(`listening on ${app.server?.port}`)
