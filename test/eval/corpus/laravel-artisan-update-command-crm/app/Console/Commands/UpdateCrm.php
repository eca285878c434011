<?php

namespace App\Console\Commands;

use Illuminate\Console\Command;

class UpdateCrm extends Command
{
    protected $signature = 'crm:update {--force : Force the operation to run when in production}';

    protected $description = 'Update the CRM: clear caches, run migrations, link storage';

    public function handle(): int
    {
        $this->call('optimize:clear');
        $this->call('migrate', ['--force' => $this->option('force')]);
        $this->call('storage:link');

        return self::SUCCESS;
    }
}
