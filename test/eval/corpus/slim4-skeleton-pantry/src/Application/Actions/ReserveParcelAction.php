<?php

declare(strict_types=1);

namespace App\Application\Actions;

use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;
use Psr\Log\LoggerInterface;

final class ReserveParcelAction
{
    private const CATEGORIES = ['dry' => 'Dry goods', 'fresh' => 'Fresh produce'];

    public function __construct(private LoggerInterface $logger)
    {
    }

    public function __invoke(Request $request, Response $response, array $args): Response
    {
        $household = $_SESSION['household'] ?? null;
        $this->logger->info('parcel reserved', ['category' => self::CATEGORIES['dry']]);
        $response->getBody()->write(json_encode(['household' => $household !== null]));
        return $response->withHeader('Content-Type', 'application/json');
    }
}
