<?php

namespace common\components;

use Aws\S3\S3Client;
use yii\base\Component;

class S3Archive extends Component
{
    public string $bucket = 'fleetline-trip-archive';
    public string $region = 'eu-west-1';
    public ?string $key = null;
    public ?string $secret = null;

    private ?S3Client $client = null;

    public function getClient(): S3Client
    {
        return $this->client ??= new S3Client([
            'version' => 'latest',
            'region' => $this->region,
            'credentials' => [
                'key' => $this->key ?? getenv('AWS_ACCESS_KEY_ID'), // tfl-eval-not: hardcoded-credential
                'secret' => $this->secret ?? getenv('AWS_SECRET_ACCESS_KEY'), // tfl-eval-not: hardcoded-credential
            ],
        ]);
    }
}
