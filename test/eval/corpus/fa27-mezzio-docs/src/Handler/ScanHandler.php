<?php
declare(strict_types=1);

namespace Docs\Handler;

use Laminas\Diactoros\Response\JsonResponse;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\RequestHandlerInterface;

final class ScanHandler implements RequestHandlerInterface
{
    public function __construct(private Scanner $scanner) {}

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        $upload = $request->getUploadedFiles()['scan'];
        $dir = getenv('SCAN_SPOOL_DIR');
        $upload->moveTo($dir . '/' . uniqid('scan_')); // tfl-eval-not: memory-session-store
        $tmp = sys_get_temp_dir() . '/' . uniqid('ocr_');
        $page = $request->getUploadedFiles()['page'];
        $page->moveTo($tmp); // tfl-eval-not: memory-session-store
        $text = $this->scanner->read($tmp);
        unlink($tmp);
        return new JsonResponse(['text' => $text]);
    }
}
