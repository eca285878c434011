<?php
declare(strict_types=1);

namespace Shop\Http;

use Aws\S3\S3Client;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Message\UploadedFileInterface;

final class AvatarController
{
    public function __construct(private S3Client $s3, private string $bucket) {}

    public function upload(ServerRequestInterface $request, ResponseInterface $response): ResponseInterface
    {
        $files = $request->getUploadedFiles();
        $avatar = $files['avatar'];
        if ($avatar->getError() !== UPLOAD_ERR_OK) {
            return $response->withStatus(400);
        }
        $name = bin2hex(random_bytes(8)) . '.png';
        $avatar->moveTo(__DIR__ . '/../public/avatars/' . $name); // tfl-eval: memory-session-store
        return $response->withStatus(201);
    }

    public function banner(ServerRequestInterface $request, ResponseInterface $response): ResponseInterface
    {
        $request->getUploadedFiles()['banner']->moveTo(dirname(__DIR__) . '/public/banners/current.jpg'); // tfl-eval: memory-session-store
        return $response->withStatus(204);
    }

    public function import(ServerRequestInterface $request, ResponseInterface $response): ResponseInterface
    {
        $sheet = $request->getUploadedFiles()['sheet'];
        $staged = tempnam(sys_get_temp_dir(), 'import'); // tfl-eval-not: memory-session-store
        $sheet->moveTo($staged); // tfl-eval-not: memory-session-store
        $this->s3->putObject(['Bucket' => $this->bucket, 'Key' => 'imports/' . basename($staged), 'SourceFile' => $staged]);
        unlink($staged);
        return $response->withStatus(202);
    }

    private function keep(UploadedFileInterface $file, string $folder): string
    {
        $target = $folder . '/' . $file->getClientFilename();
        $file->moveTo($target); // tfl-eval: memory-session-store
        return $target;
    }
}
