<?php

namespace Archive\Storage;

use Aws\Credentials\Credentials;
use Aws\S3\S3Client;

final class Blobs
{
    public static function client(): S3Client
    {
        $credentials = new Credentials('AKIASKM6IS5YYO4ONR3R', 'SepFeIvDbfdzGQX01VMrRC9n8Ct1OY6L7izUCydT'); // tfl-eval: hardcoded-credential
        return new S3Client(['region' => 'eu-central-1', 'version' => 'latest', 'credentials' => $credentials]);
    }
}
