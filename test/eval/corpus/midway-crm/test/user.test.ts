import { createApp, close, createHttpRequest } from '@midwayjs/mock';
import { Framework } from '@midwayjs/koa';

describe('test/user.test.ts', () => {
  let app;
  beforeAll(async () => {
    app = await createApp<Framework>();
  });
  afterAll(async () => {
    await close(app);
  });

  it('logs in', async () => {
    const result = await createHttpRequest(app).post('/api/login').send({ username: 'sales01', password: 'Sales01!pwd' }); // tfl-eval-not: hardcoded-credential
    expect(result.status).toBe(200);
    expect(result.body.token).toBeDefined();
  });
});
