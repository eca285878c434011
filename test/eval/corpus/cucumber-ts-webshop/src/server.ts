import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';

const app = Fastify({ logger: true });
app.register(fastifyJwt, { secret: 'webshop-jwt-supersecret-42' }); // tfl-eval: hardcoded-credential

app.post('/login', async (request, reply) => {
  const { email } = request.body as { email: string; password: string };
  return reply.send({ token: app.jwt.sign({ email }) });
});

app.listen({ port: Number(process.env.PORT), host: '0.0.0.0' }); // tfl-eval: no-graceful-shutdown
