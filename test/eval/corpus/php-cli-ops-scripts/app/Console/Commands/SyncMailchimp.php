<?php

namespace App\Console\Commands;

use Illuminate\Console\Command;

class SyncMailchimp extends Command
{
    protected $signature = 'mailchimp:sync
                            {list : The audience id}
                            {--api-key=7f3e0d9c4b2a1e8f6d5c4b3a2e1f0d9c-us21 : Mailchimp API key}
                            {--since= : Only members changed since this date}';

    protected $description = 'Push subscribers to Mailchimp';

    public function handle(): int
    {
        $key = $this->option('api-key') ?: config('services.mailchimp.key');
        $this->info('Syncing list ' . $this->argument('list'));

        return self::SUCCESS;
    }
}
