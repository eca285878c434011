<?php

declare(strict_types=1);

namespace HyperfTest\Cases;

use Firebase\JWT\JWT;
use Hyperf\Testing\TestCase;

final class CouponTest extends TestCase
{
    private const JWT_SECRET = 'phpunit-jwt-secret';

    public function testRedeemRejectsMissingToken(): void
    {
        $this->post('/coupons/redeem', ['code' => 'WELCOME10'])->assertJson(['error' => 'invalid_token']);
    }

    public function testRedeemWithToken(): void
    {
        putenv('JWT_SECRET=' . self::JWT_SECRET);
        $token = JWT::encode(['sub' => 'user-1'], self::JWT_SECRET, 'HS256');
        $this->post('/coupons/redeem', ['code' => 'WELCOME10'], ['X-Coupon-Token' => $token])->assertOk();
    }
}
