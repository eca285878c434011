import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import authConfig from './config/auth.config';
import { TicketsModule } from './tickets/tickets.module';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, load: [authConfig] }),
    JwtModule.register({
      global: true,
      secret: 'your-jwt-secret-key', // tfl-eval: hardcoded-credential
      signOptions: { expiresIn: '1h' },
    }),
    JwtModule.registerAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        secret: config.get<string>('auth.refreshSecret'), // tfl-eval-not: hardcoded-credential
        signOptions: { expiresIn: '7d' },
      }),
    }),
    TypeOrmModule.forRoot({
      type: 'postgres',
      host: process.env.DB_HOST ?? 'localhost',
      port: 5432,
      username: 'tickets',
      password: 'Vh3qPz9LwT2m', // tfl-eval: hardcoded-credential
      database: 'tickets',
      autoLoadEntities: true,
    }),
    TicketsModule,
  ],
})
export class AppModule {}
