import { Module } from '@nestjs/common';
import { CacheModule } from '@nestjs/cache-manager';
import { ConfigModule, ConfigService } from '@nestjs/config';
import * as redisStore from 'cache-manager-redis-store';

@Module({
  imports: [
    CacheModule.registerAsync({
      imports: [ConfigModule],
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        store: redisStore,
        host: config.get<string>('SESSION_REDIS_HOST'), // tfl-eval-not: hardcoded-backing-service
        port: config.get<number>('SESSION_REDIS_PORT'),
        ttl: 600,
      }),
    }),
  ],
})
export class SessionCacheModule {}
