package io.acme.notifier.infra

import io.lettuce.core.RedisClient
import io.lettuce.core.RedisURI
import java.time.Duration

val redisUri: RedisURI = RedisURI.Builder.redis("redis.notifier.svc", 6379)
    .withPassword("TRaSrUncBYauXzEfAjD5jb3rYy".toCharArray()) // tfl-eval: hardcoded-credential
    .withTimeout(Duration.ofSeconds(2))
    .build()

val redis: RedisClient = RedisClient.create(redisUri)
