import { Test } from '@nestjs/testing';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { JwtService } from '@nestjs/jwt';
import { AppModule } from '../src/app.module';

const TEST_JWT_SECRET = 'e2e-test-secret';

describe('returns (e2e)', () => {
  let app: INestApplication;
  let token: string;

  beforeAll(async () => {
    process.env.JWT_SECRET = TEST_JWT_SECRET;
    process.env.DATABASE_URL = 'postgres://postgres:postgres@localhost:5432/returns_test';
    process.env.REDIS_URL = 'redis://localhost:6379/1';
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
    app = moduleRef.createNestApplication();
    await app.init();
    token = new JwtService({ secret: TEST_JWT_SECRET }).sign({ sub: 'user-1', typ: 'access_token' });
  });

  afterAll(() => app.close());

  it('rejects a bad bearer token', () =>
    request(app.getHttpServer()).get('/api/returns').set('Authorization', 'Bearer InvalidAuthToken').expect(401));

  it('lists returns', () =>
    request(app.getHttpServer()).get('/api/returns').set('Authorization', `Bearer ${token}`).expect(200));

  it('logs in', () =>
    request(app.getHttpServer())
      .post('/api/auth/login')
      .send({ email: 'alice@example.com', password: 'correct horse battery staple' })
      .expect(201));
});
