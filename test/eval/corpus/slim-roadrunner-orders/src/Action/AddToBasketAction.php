<?php

declare(strict_types=1);

namespace App\Action;

use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;

final class AddToBasketAction
{
    /** Basket lines per customer token; the RoadRunner worker keeps this between requests. */
    private static array $lines = []; // tfl-eval: memory-session-store

    public function __invoke(ServerRequestInterface $request, ResponseInterface $response): ResponseInterface
    {
        $customer = $request->getHeaderLine('X-Customer-Token');
        self::$lines[$customer][] = (string) ($request->getParsedBody()['sku'] ?? '');
        $response->getBody()->write((string) json_encode(['lines' => self::$lines[$customer]]));

        return $response->withHeader('Content-Type', 'application/json');
    }
}
