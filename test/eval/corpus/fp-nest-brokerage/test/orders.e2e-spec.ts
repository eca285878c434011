import { Test } from '@nestjs/testing';
import { ClientsModule, Transport } from '@nestjs/microservices';
import { OrdersService } from '../src/orders/orders.service';

describe('OrdersService', () => {
  it('publishes a placed order', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        ClientsModule.register([
          {
            name: 'ORDER_PRODUCER',
            transport: Transport.RMQ,
            options: { urls: ['amqp://guest:guest@localhost:5672/'], queue: 'test.place-order' }, // tfl-eval-not: hardcoded-backing-service
          },
        ]),
      ],
      providers: [OrdersService],
    }).compile();
    expect(moduleRef.get(OrdersService)).toBeDefined();
  });
});
