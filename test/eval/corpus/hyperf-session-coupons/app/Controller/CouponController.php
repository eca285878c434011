<?php

declare(strict_types=1);

namespace App\Controller;

use Hyperf\Contract\SessionInterface;
use Hyperf\Di\Annotation\Inject;
use Hyperf\HttpServer\Annotation\Controller;
use Hyperf\HttpServer\Annotation\PostMapping;
use Hyperf\HttpServer\Contract\RequestInterface;

#[Controller(prefix: '/coupons')]
class CouponController
{
    #[Inject]
    protected SessionInterface $session;

    #[PostMapping(path: 'apply')]
    public function apply(RequestInterface $request): array
    {
        $codes = $this->session->get('coupon_codes', []);
        $codes[] = $request->input('code');
        $this->session->set('coupon_codes', array_unique($codes));
        return ['applied' => $codes];
    }
}
