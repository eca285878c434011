<?php

declare(strict_types=1);

namespace App\Infrastructure;

use Aws\S3\S3Client;

final class MediaStorage
{
    private S3Client $s3;

    public function __construct()
    {
        $this->s3 = new S3Client([
            'version' => 'latest',
            'region' => getenv('AWS_REGION') ?: 'eu-west-1',
            'endpoint' => getenv('S3_ENDPOINT') ?: null,
            'use_path_style_endpoint' => (bool) getenv('S3_PATH_STYLE'),
            'credentials' => [
                'key' => 'AKIAQ7R4XW2MZP5KJ3TN', // tfl-eval: hardcoded-credential
                'secret' => getenv('AWS_SECRET_ACCESS_KEY'),
            ],
        ]);
    }

    public function put(string $key, string $body, string $contentType): string
    {
        $this->s3->putObject(['Bucket' => getenv('MEDIA_BUCKET'), 'Key' => $key, 'Body' => $body, 'ContentType' => $contentType]);

        return $key;
    }
}
