<?php

namespace App\Service;

final class ImportReport
{
    public function record(string $line): void
    {
        error_log($line . PHP_EOL, 3, '/var/log/crm/imports.log'); // tfl-eval: file-logger
        error_log('import step done'); // tfl-eval-not: file-logger
        file_put_contents(__DIR__ . '/../../var/cache/last-import.json', json_encode(['at' => time()])); // tfl-eval-not: file-logger
    }
}
