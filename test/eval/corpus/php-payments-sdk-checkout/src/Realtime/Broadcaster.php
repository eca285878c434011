<?php
namespace Acme\Checkout\Realtime;

use Mailjet\Client as Mailjet;
use Pusher\Pusher;

final class Broadcaster
{
    public static function pusher(): Pusher
    {
        return new Pusher('53f49c00de36224ef132', 'a457669ce33ea48d7a3a', '1734021', ['cluster' => 'eu', 'useTLS' => true]); // tfl-eval: hardcoded-credential
    }

    public static function mailjet(): Mailjet
    {
        return new Mailjet('c4f8ae103edc88bbe62369a9a462195c', '2bc9598abc4cb2ee5a83f6cf1eb2c44f', true, ['version' => 'v3.1']); // tfl-eval: hardcoded-credential
    }

    public static function s3(): \Aws\S3\S3Client
    {
        return new \Aws\S3\S3Client([
            'region' => 'eu-west-1',
            'version' => 'latest',
            'credentials' => new \Aws\Credentials\Credentials('AKIARIZLDIMMRCW4EC4S', 'Ey2LrfFVcDr9dUJ0DcXhMfyfIDyMk5kpoLRVqk'), // tfl-eval: hardcoded-credential
        ]);
    }
}
