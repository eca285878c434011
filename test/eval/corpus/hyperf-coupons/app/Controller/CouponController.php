<?php

declare(strict_types=1);

namespace App\Controller;

use App\Service\CouponService;
use Hyperf\HttpServer\Annotation\Controller;
use Hyperf\HttpServer\Annotation\GetMapping;
use Hyperf\HttpServer\Annotation\PostMapping;
use Hyperf\HttpServer\Contract\RequestInterface;

#[Controller(prefix: '/coupons')]
final class CouponController
{
    public const TOKEN_HEADER = 'X-Coupon-Token';
    public const INVALID_TOKEN = 'invalid_token';

    public function __construct(private readonly CouponService $coupons)
    {
    }

    #[GetMapping(path: '{code}')]
    public function show(string $code): array
    {
        return $this->coupons->find($code) ?? ['error' => 'not_found'];
    }

    #[PostMapping(path: 'redeem')]
    public function redeem(RequestInterface $request): array
    {
        $token = $request->header(self::TOKEN_HEADER, '');
        if ($token === '') {
            return ['error' => self::INVALID_TOKEN];
        }
        return $this->coupons->redeem((string) $request->input('code'), $token);
    }
}
