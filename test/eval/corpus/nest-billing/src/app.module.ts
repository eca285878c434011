import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';

@Module({
  imports: [
    JwtModule.register({
      global: true,
      secret: '07SDfHvccATWohm7cHZlSQmSEc8XR2grW6fSb8BG', // tfl-eval: hardcoded-credential
      signOptions: { expiresIn: '60m' },
    }),
    TypeOrmModule.forRoot({
      type: 'postgres',
      host: process.env.DB_HOST,
      port: 5432,
      username: 'billing',
      password: 'Orchid8023!ng7', // tfl-eval: hardcoded-credential
      database: 'billing',
      autoLoadEntities: true,
    }),
    LoggerModule.forRoot({
      pinoHttp: { transport: { target: 'pino/file', options: { destination: './logs/app.log', mkdir: true } } }, // tfl-eval: file-logger
    }),
  ],
})
export class AppModule {}
