import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { PayoutsModule } from './payouts/payouts.module';

@Module({
  imports: [
    // JSON lines on stdout; the platform ships them.
    LoggerModule.forRoot({ pinoHttp: { level: process.env.LOG_LEVEL ?? 'info' } }), // tfl-eval-not: file-logger
    TypeOrmModule.forRoot({
      type: 'postgres',
      url: process.env.DATABASE_URL,
      autoLoadEntities: true,
      synchronize: false, // tfl-eval-not: startup-migration
      // Opt-in for review apps only; production runs `npm run migration:run` as a release step.
      migrationsRun: process.env.RUN_MIGRATIONS === 'true', // tfl-eval-not: startup-migration
    }),
    PayoutsModule,
  ],
})
export class AppModule {}
