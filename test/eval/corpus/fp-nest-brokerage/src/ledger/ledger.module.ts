import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { RabbitMQModule } from '@golevelup/nestjs-rabbitmq';
import { LedgerService } from './ledger.service';

@Module({
  imports: [
    RabbitMQModule.forRootAsync(RabbitMQModule, {
      imports: [ConfigModule],
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        exchanges: [{ name: 'ledger.topic', type: 'topic' }],
        uri: config.getOrThrow<string>('AMQP_URL'), // tfl-eval-not: hardcoded-backing-service
      }),
    }),
  ],
  providers: [LedgerService],
})
export class LedgerModule {}
