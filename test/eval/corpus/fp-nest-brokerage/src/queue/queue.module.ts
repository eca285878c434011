import { Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bull';
import { PayoutProcessor } from './payout.processor';

@Module({
  imports: [
    BullModule.forRoot({
      redis: {
        host: '10.20.4.17', // tfl-eval: hardcoded-backing-service
        port: 6379,
      },
    }),
    BullModule.registerQueue({ name: 'payouts' }),
  ],
  providers: [PayoutProcessor],
})
export class QueueModule {}
