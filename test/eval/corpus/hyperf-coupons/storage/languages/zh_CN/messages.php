<?php

return [
    'password' => '密码',
    'password_confirmation' => '确认密码',
    'invalid_token' => '优惠券令牌无效或已过期。',
    'api_key_missing' => '缺少合作伙伴 API 密钥。',
];
