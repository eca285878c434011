<?php
// Sessions and counters live in Redis; the host comes from the environment.
$redisHost = getenv('REDIS_HOST') ?: 'redis'; // tfl-eval-not: hardcoded-backing-service
$redis = new Redis();
$redis->connect($redisHost, 6379);

// The status page pings the public site, which is no backing service.
$siteHost = 'guestbook.example.org';
$ch = curl_init("https://$siteHost/health");
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
