import { Module } from '@nestjs/common';
import { WinstonModule } from 'nest-winston';
import * as winston from 'winston';
import 'winston-daily-rotate-file';
import { TypeOrmModule } from '@nestjs/typeorm';

@Module({
  imports: [
    WinstonModule.forRoot({
      transports: [
        new winston.transports.Console(), // tfl-eval-not: file-logger
        new winston.transports.DailyRotateFile({ filename: 'logs/payments-%DATE%.log', maxFiles: '14d' }), // tfl-eval: file-logger
      ],
    }),
    TypeOrmModule.forRoot({
      type: 'mysql',
      url: process.env.DATABASE_URL,
      autoLoadEntities: true,
      migrationsRun: true, // tfl-eval: startup-migration
      synchronize: process.env.NODE_ENV === 'development', // tfl-eval-not: startup-migration
    }),
  ],
})
export class AppModule {}
