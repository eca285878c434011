<?php

namespace App\Console\Commands;

use Illuminate\Console\Command;

class ImportBooks extends Command
{
    protected $signature = 'books:import {file : CSV export from the library} {--token= : API token of the catalogue (defaults to CATALOGUE_TOKEN)}';

    protected $description = 'Import books from a CSV export';

    public function handle(): int
    {
        $token = $this->option('token') ?: env('CATALOGUE_TOKEN');
        $this->info('Importing '.$this->argument('file'));

        return self::SUCCESS;
    }
}
