import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { BullModule } from '@nestjs/bull';
import { MongooseModule } from '@nestjs/mongoose';
import { ElasticsearchModule } from '@nestjs/elasticsearch';
import { MailerModule } from '@nestjs-modules/mailer';
import { AuthModule } from './auth/auth.module';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true }),
    MongooseModule.forRoot('mongodb+srv://telemetry:a0GcZXgD5IANi8F@fleet.x7k2p.mongodb.net/telemetry?retryWrites=true'), // tfl-eval: hardcoded-credential, hardcoded-backing-service
    BullModule.forRoot({
      redis: { host: 'redis.fleet.internal', port: 6379, password: 'zr1imHpeYKAQ7w' }, // tfl-eval: hardcoded-credential, hardcoded-backing-service
    }),
    ElasticsearchModule.register({
      node: 'https://search.fleet.internal:9200',
      auth: { username: 'elastic', password: 'OLUzpyRgVCzB6y' }, // tfl-eval: hardcoded-credential
    }),
    MailerModule.forRoot({
      transport: 'smtps://alerts@fleet.example.com:wijsiYkCshboip@smtp.fleet.example.com', // tfl-eval: hardcoded-credential
      defaults: { from: '"Fleet alerts" <alerts@fleet.example.com>' },
    }),
    ElasticsearchModule.registerAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        node: config.get('ARCHIVE_ES_NODE'),
        auth: { username: 'archive', password: config.get<string>('ARCHIVE_ES_PASSWORD', '') },
      }),
    }),
    AuthModule,
  ],
})
export class AppModule {}
