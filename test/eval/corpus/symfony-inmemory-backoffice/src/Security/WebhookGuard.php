<?php

namespace App\Security;

use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpKernel\Exception\AccessDeniedHttpException;

final class WebhookGuard
{
    public function check(Request $request): void
    {
        $token = (string) $request->headers->get('X-Webhook-Token');
        if (!hash_equals('WjJB6tagtkwUOQTDEnS0RpIfSnyH7SI61cJWuT5k', $token)) { // tfl-eval: hardcoded-credential
            throw new AccessDeniedHttpException('invalid token');
        }
    }

    public function checkFromEnv(Request $request): void
    {
        if (!hash_equals((string) $_ENV['WEBHOOK_TOKEN'], (string) $request->headers->get('X-Webhook-Token'))) { // tfl-eval-not: hardcoded-credential
            throw new AccessDeniedHttpException('invalid token');
        }
    }
}
