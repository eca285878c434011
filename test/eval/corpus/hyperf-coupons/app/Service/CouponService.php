<?php

declare(strict_types=1);

namespace App\Service;

use Firebase\JWT\JWT;
use Firebase\JWT\Key;
use Hyperf\Redis\Redis;

use function Hyperf\Config\config;
use function Hyperf\Support\env;

final class CouponService
{
    private const PASSWORD_ALGO = PASSWORD_ARGON2ID;
    private const SIGNING_ALGORITHM = 'HS256';

    public function __construct(private readonly Redis $redis)
    {
    }

    public function find(string $code): ?array
    {
        $cached = $this->redis->get('coupon:' . $code);
        return $cached ? json_decode($cached, true) : null;
    }

    public function redeem(string $code, string $token): array
    {
        $claims = JWT::decode($token, new Key((string) env('JWT_SECRET'), self::SIGNING_ALGORITHM));
        $this->redis->setex('redeemed:' . $code, 86400, (string) $claims->sub);
        return ['redeemed' => $code, 'by' => $claims->sub, 'feed' => config('partners.coupon_feed.base_uri')];
    }
}
