import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import * as request from 'supertest';
import { AppModule } from '../src/app.module';

describe('Auth (e2e)', () => {
  let app: INestApplication;
  const credentials = { username: 'john', password: 'changeme' };
  const jwtSecret = 'e2e-signing-secret-42';

  beforeAll(async () => {
    process.env.JWT_SECRET = jwtSecret;
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
    app = moduleRef.createNestApplication();
    await app.init();
  });

  it('rejects a bad token', () =>
    request(app.getHttpServer()).get('/profile').set('Authorization', 'Bearer InvalidAuthToken').expect(401));

  it('logs in', () => request(app.getHttpServer()).post('/auth/login').send(credentials).expect(201));
});
