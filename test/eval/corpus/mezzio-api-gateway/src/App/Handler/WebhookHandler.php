<?php

declare(strict_types=1);

namespace App\Handler;

use Laminas\Diactoros\Response\EmptyResponse;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\RequestHandlerInterface;

final class WebhookHandler implements RequestHandlerInterface
{
    private const SIGNATURE_HEADER = 'X-Catalog-Signature'; // tfl-eval-not: hardcoded-credential

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        $body = (string) $request->getBody();
        $expected = hash_hmac('sha256', $body, 'd26SvtCEVCuh0cjwjPSKU0v9xPjriuK6'); // tfl-eval: hardcoded-credential
        if (!hash_equals($expected, $request->getHeaderLine(self::SIGNATURE_HEADER))) {
            return new EmptyResponse(401);
        }
        return new EmptyResponse(202);
    }
}