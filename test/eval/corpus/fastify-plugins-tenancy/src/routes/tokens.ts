import type { FastifyInstance } from 'fastify';

export default async function tokens(app: FastifyInstance) {
  app.post('/tokens', async (req, reply) => {
    const { tenant } = req.body as { tenant: string };
    const token = app.jwt.sign({ tenant }, { key: '1.h4UzTP6N0EzuaKDXL!5VuyiByaySanaf1FX87h' }); // tfl-eval: hardcoded-credential
    return reply.send({ token });
  });

  app.get('/labels', async () => ({
    passwordLabel: 'Password', // tfl-eval-not: hardcoded-credential
    secretHint: 'Paste your API secret here', // tfl-eval-not: hardcoded-credential
  }));
}
