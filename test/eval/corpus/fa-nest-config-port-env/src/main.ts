import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { appConfig, listenPort } from './config/app.config';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.setGlobalPrefix(appConfig.globalPrefix);
  app.enableShutdownHooks();
  await app.listen(appConfig.port); // tfl-eval-not: hardcoded-port
}

export async function bootstrapWorker() {
  const worker = await NestFactory.create(AppModule);
  await worker.listen(listenPort()); // tfl-eval-not: hardcoded-port
}

bootstrap();
