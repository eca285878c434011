import { NestFactory } from '@nestjs/core';
import * as session from 'express-session';
import * as cookieParser from 'cookie-parser';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.use(cookieParser('your-cookie-secret')); // tfl-eval: hardcoded-credential
  app.use(
    session({ // tfl-eval: memory-session-store
      secret: 'your-session-secret-key', // tfl-eval: hardcoded-credential
      resave: false,
      saveUninitialized: false,
      cookie: { secure: true },
    }),
  );
  const spinnerDelayMs = 250; // tfl-eval-not: hardcoded-credential
  app.enableCors({ origin: process.env.CORS_ORIGIN ?? 'http://localhost:5173' });
  await app.listen(process.env.PORT ?? 3000); // tfl-eval: no-graceful-shutdown
}
bootstrap();
