import { Elysia } from 'elysia';
import { jwt } from '@elysiajs/jwt';

const app = new Elysia()
  .use(jwt({ name: 'jwt', secret: Bun.env.MEMBER_JWT_SECRET ?? 'lBFU3dJjkxoc4XqZn50L' })) // tfl-eval: hardcoded-credential
  .use(jwt({ name: 'refresh', secret: Bun.env.MEMBER_REFRESH_SECRET! })) // tfl-eval-not: hardcoded-credential
  .get('/health', () => 'ok')
  .post('/login', async ({ jwt, body }) => jwt.sign({ sub: (body as { id: string }).id }));

app.listen(Number(Bun.env.PORT ?? 3001)); // tfl-eval: no-graceful-shutdown

export type App = typeof app;
