import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BullModule } from '@nestjs/bull';
import configuration from './config/configuration';
import { AuthModule } from './auth/auth.module';
import { MailModule } from './mail/mail.module';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, load: [configuration] }),
    TypeOrmModule.forRoot({
      type: 'postgres',
      host: 'hr-db.internal', // tfl-eval: hardcoded-backing-service
      port: 5432,
      username: 'hr_service',
      password: 'y3UKFyEgaQ%fjWt', // tfl-eval: hardcoded-credential
      database: 'hr',
      autoLoadEntities: true,
      synchronize: false,
    }),
    JwtModule.register({
      global: true,
      secret: '5I281Kxu2VPWvhrm6nQU2HycUMJLa22Yu4uyfLG8', // tfl-eval: hardcoded-credential
      signOptions: { expiresIn: '1h' },
    }),
    BullModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        redis: { host: config.get('redis.host'), password: config.get<string>('redis.password') }, // tfl-eval-not: hardcoded-credential
      }),
    }),
    AuthModule,
    MailModule,
  ],
})
export class AppModule {}
