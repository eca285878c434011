import { Test } from '@nestjs/testing';
import { JwtService } from '@nestjs/jwt';

describe('auth (e2e)', () => {
  it('signs a token', async () => {
    const moduleRef = await Test.createTestingModule({ providers: [{ provide: JwtService, useValue: new JwtService({ secret: 'e2e-secret' }) }] }).compile();
    expect(moduleRef.get(JwtService).sign({ sub: 'v1' })).toBeDefined();
  });
});
