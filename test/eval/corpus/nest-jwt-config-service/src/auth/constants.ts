import { ConfigModule, ConfigService } from '@nestjs/config';

ConfigModule.forRoot();
const configService = new ConfigService();

export const jwtConstants = {
  global: true,
  // tfl-eval-next-line: hardcoded-credential
  secret: configService.get<string>('JWT_SECRET') || 'secret',
  expiresIn: configService.get<string>('JWT_EXPIRES_IN') || '1d',
};
