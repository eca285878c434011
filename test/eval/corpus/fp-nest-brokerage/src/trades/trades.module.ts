import { Module } from '@nestjs/common';
import { RabbitMQModule } from '@golevelup/nestjs-rabbitmq';
import { TradesController } from './trades.controller';
import { TradesService } from './trades.service';

@Module({
  imports: [
    RabbitMQModule.forRoot(RabbitMQModule, {
      exchanges: [
        {
          name: 'brokerage.topic',
          type: 'topic',
        },
      ],
      uri: 'amqp://guest:guest@localhost:5672/', // tfl-eval: hardcoded-backing-service
      connectionInitOptions: { wait: false },
    }),
  ],
  controllers: [TradesController],
  providers: [TradesService],
})
export class TradesModule {}
