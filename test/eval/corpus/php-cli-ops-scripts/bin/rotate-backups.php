#!/usr/bin/env php
<?php
// Usage: rotate-backups.php --bucket=NAME [--access-key=KEY] [--secret-key=SECRET] [--keep=14]
declare(strict_types=1);

require __DIR__ . '/../vendor/autoload.php';

$opts = getopt('b:k:s:', ['bucket:', 'access-key:', 'secret-key:', 'keep:', 'dry-run']);

$bucket    = $opts['bucket'] ?? $opts['b'] ?? 'harbor-db-backups';
$accessKey = $opts['access-key'] ?? $opts['k'] ?? 'AKIA4XOCFWRDZWLRDC3T'; // tfl-eval: hardcoded-credential
$secretKey = $opts['secret-key'] ?? $opts['s'] ?? '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'; // tfl-eval: hardcoded-credential
$keep      = (int) ($opts['keep'] ?? 14);
$dryRun    = isset($opts['dry-run']);

if (!isset($opts['secret-key']) && getenv('AWS_SECRET_ACCESS_KEY') === false) {
    fwrite(STDERR, "No --secret-key given and AWS_SECRET_ACCESS_KEY is unset\n"); // tfl-eval-not: hardcoded-credential
}

(new Harbor\Ops\BackupRotator($bucket, $accessKey, $secretKey))->rotate($keep, $dryRun);
