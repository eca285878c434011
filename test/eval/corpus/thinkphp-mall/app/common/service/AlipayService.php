<?php
declare(strict_types=1);

namespace app\common\service;

use Alipay\EasySDK\Kernel\Config;
use Alipay\EasySDK\Kernel\Factory;

class AlipayService
{
    public static function boot(): void
    {
        $options = new Config();
        $options->protocol = 'https';
        $options->gatewayHost = 'openapi.alipay.com';
        $options->signType = 'RSA2';
        $options->appId = '2021003141690511';
        // 应用私钥
        $options->merchantPrivateKey = 'MIIEvAIBADANBgkqhkiG9w0BAQEFAASCBKYwggSiAgEAAoIBAQCw3Vq8hN2kRZ7xT1pY9mLcW4aE6sJfB0uD5gK3nQ2vM8oHtI7yXrC1zL9eP4wA6bS2dF0jG5kU3hN8qR7tY1mV6cB9xZ4nW2pE0sL7aK3fJ5gD8hT1uQ6rM9oI2vC4xB7nZ0eY3wS5tA8kP1jF6gH9dL2mR4qU7sV0bN3cX5zE8yW1aT6oK9iG2fJ4hD7lP0nM3rQ5uS8vB1xC6zA9eY2wT4'; // tfl-eval: hardcoded-credential
        // 支付宝公钥
        $options->alipayPublicKey = 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAqL3mN7vB2xC9zE4wY1aT6oK8iG3fJ5hD0lP2nM4rQ7uS9vB1xC6zA3eY8wT5kR0jF2gH7dL4mR9qU1sV3bN6cX8zE0yW2aT5oK7iG4fJ'; // tfl-eval-not: hardcoded-credential
        $options->notifyUrl = 'https://mall.example.cn/api/alipay/notify';
        Factory::setOptions($options);
    }
}
