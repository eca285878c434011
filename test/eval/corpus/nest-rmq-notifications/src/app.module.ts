import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { ClientsModule, Transport } from '@nestjs/microservices';
import { JwtModule } from '@nestjs/jwt';
import { authConfig, mailConfig, rabbitConfig } from './config/configuration';
import { MailService } from './mail/mail.service';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, load: [rabbitConfig, mailConfig, authConfig] }),
    JwtModule.registerAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        secret: config.get<string>('auth.jwtSecret'), // tfl-eval-not: hardcoded-credential
        signOptions: { expiresIn: config.get<string>('auth.jwtExpiresIn') },
      }),
    }),
    ClientsModule.register([
      {
        name: 'AUDIT_SERVICE',
        transport: Transport.RMQ,
        options: {
          urls: ['amqp://audit:58ObWp9BZI5ApnyZ09rm@rabbit.internal:5672/audit'], // tfl-eval: hardcoded-credential, hardcoded-backing-service
          queue: 'audit_events',
          queueOptions: { durable: true },
        },
      },
    ]),
  ],
  providers: [MailService],
})
export class AppModule {}
