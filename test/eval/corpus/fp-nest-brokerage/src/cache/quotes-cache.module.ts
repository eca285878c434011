import { Module } from '@nestjs/common';
import { CacheModule } from '@nestjs/cache-manager';
import * as redisStore from 'cache-manager-redis-store';

@Module({
  imports: [
    CacheModule.register({
      isGlobal: true,
      store: redisStore,
      host: 'quotes-cache.brokerage.internal', // tfl-eval: hardcoded-backing-service
      port: 6379,
      ttl: 10,
    }),
  ],
  exports: [CacheModule],
})
export class QuotesCacheModule {}
