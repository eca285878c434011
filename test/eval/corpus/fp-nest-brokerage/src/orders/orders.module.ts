import { Module } from '@nestjs/common';
import { ClientsModule, Transport } from '@nestjs/microservices';
import { OrdersController } from './orders.controller';
import { OrdersService } from './orders.service';

@Module({
  imports: [
    ClientsModule.register([
      {
        name: 'ORDER_PRODUCER',
        transport: Transport.RMQ,
        options: {
          urls: ['amqp://guest:guest@localhost:5672/'], // tfl-eval: hardcoded-backing-service
          queue: 'brokerage.jobs.place-order',
          queueOptions: { durable: false },
        },
      },
      {
        name: 'SETTLEMENT_PRODUCER',
        transport: Transport.RMQ,
        options: {
          urls: ['amqp://settlement.mq.internal:5672/'], // tfl-eval: hardcoded-backing-service
          queue: 'brokerage.jobs.settle',
        },
      },
      {
        name: 'AUDIT_PRODUCER',
        transport: Transport.RMQ,
        options: {
          urls: [process.env.AUDIT_AMQP_URL], // tfl-eval-not: hardcoded-backing-service
          queue: 'brokerage.audit',
        },
      },
    ]),
  ],
  controllers: [OrdersController],
  providers: [OrdersService],
})
export class OrdersModule {}
