import { randomBytes } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import cookieSession from 'cookie-session';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.use(
    cookieSession({
      name: 'tokens.sid',
      keys: [randomBytes(32).toString('hex')], // tfl-eval: per-process-secret
      maxAge: 24 * 60 * 60 * 1000,
    }),
  );
  await app.listen(process.env.PORT ?? 3000); // tfl-eval: no-graceful-shutdown
}
bootstrap();
