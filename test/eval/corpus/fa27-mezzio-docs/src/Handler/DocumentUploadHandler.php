<?php
declare(strict_types=1);

namespace Docs\Handler;

use Laminas\Diactoros\Response\JsonResponse;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\RequestHandlerInterface;

final class DocumentUploadHandler implements RequestHandlerInterface
{
    private const STORE = __DIR__ . '/../../data/documents';

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        $saved = [];
        foreach ($request->getUploadedFiles()['documents'] ?? [] as $document) {
            $path = self::STORE . '/' . uniqid('doc_', true) . '.pdf';
            $document->moveTo($path); // tfl-eval: memory-session-store
            $saved[] = basename($path);
        }
        return new JsonResponse(['saved' => $saved], 201);
    }
}
