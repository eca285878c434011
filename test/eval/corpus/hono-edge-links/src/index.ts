import { Hono } from 'hono'
import { bearerAuth } from 'hono/bearer-auth'
import { basicAuth } from 'hono/basic-auth'

type Bindings = { LINKS: KVNamespace; ADMIN_TOKEN: string; APP_ORIGIN: string }

const app = new Hono<{ Bindings: Bindings }>()

app.use('/api/*', async (c, next) => bearerAuth({ token: c.env.ADMIN_TOKEN })(c, next)) // tfl-eval-not: hardcoded-credential

app.use(
  '/stats/*',
  basicAuth({
    username: 'stats',
    password: 'ygjha134%SGFzydn', // tfl-eval: hardcoded-credential
  }),
)

app.get('/:slug', async (c) => {
  const target = await c.env.LINKS.get(c.req.param('slug'))
  return target ? c.redirect(target, 301) : c.notFound()
})

app.post('/api/links', async (c) => {
  const { slug, url } = await c.req.json<{ slug: string; url: string }>()
  await c.env.LINKS.put(slug, url)
  return c.json({ short: `${c.env.APP_ORIGIN}/${slug}` }, 201)
})

export default app
