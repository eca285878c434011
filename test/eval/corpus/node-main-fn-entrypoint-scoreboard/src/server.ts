import Fastify from 'fastify'
import closeWithGrace from 'close-with-grace'

const app = Fastify({ logger: true })
app.get('/health', async () => ({ ok: true }))

closeWithGrace({ delay: 10_000 }, async () => {
  await app.close()
})

await app.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' })
