<?php

namespace app\components;

use Aws\S3\S3Client;
use yii\base\Component;

class Storage extends Component
{
    private ?S3Client $client = null;

    public function client(): S3Client
    {
        // Vehicle papers live in the depot's MinIO.
        return $this->client ??= new S3Client([
            'version' => 'latest',
            'region' => 'us-east-1',
            'endpoint' => 'http://minio.depot.lan:9000', // tfl-eval: hardcoded-backing-service
            'use_path_style_endpoint' => true,
            'credentials' => ['key' => getenv('MINIO_KEY'), 'secret' => getenv('MINIO_SECRET')], // tfl-eval-not: hardcoded-credential
        ]);
    }

    public function archive(): S3Client
    {
        return new S3Client(['version' => 'latest', 'region' => getenv('AWS_REGION'), 'endpoint' => getenv('ARCHIVE_ENDPOINT')]); // tfl-eval-not: hardcoded-backing-service
    }
}
