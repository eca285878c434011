<?php

namespace App\Console\Commands;

use Illuminate\Console\Command;
use Illuminate\Support\Facades\Artisan;

class WarmCache extends Command
{
    protected $signature = 'crm:warm-cache';

    protected $description = 'Cache the config and the routes';

    public function handle(): int
    {
        Artisan::call('config:cache');
        Artisan::call('route:cache');

        return self::SUCCESS;
    }
}
