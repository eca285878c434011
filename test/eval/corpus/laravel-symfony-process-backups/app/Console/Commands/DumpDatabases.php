<?php

namespace App\Console\Commands;

use Illuminate\Console\Command;
use Illuminate\Support\Facades\Process;

class DumpDatabases extends Command
{
    protected $signature = 'backups:dump {--connection=mysql}';

    protected $description = 'Dump the shop and CRM databases to the backup disk';

    public function handle(): int
    {
        $dir = storage_path('backups');

        $shop = Process::run(['mysqldump', '-u', 'shop', '-pyNAZnwycwZXfXHWuvQ', '--result-file='.$dir.'/shop.sql', 'shop']); // tfl-eval: hardcoded-credential

        $crm = Process::env(['PGPASSWORD' => 'XPtrbfsdhS7guaS7pF'])->run('pg_dump -h crm-db -U crm crm > '.$dir.'/crm.sql'); // tfl-eval: hardcoded-credential

        $cache = Process::run('redis-cli -h cache -a UEAYPnyaaYdrCQjzvp --no-auth-warning BGSAVE'); // tfl-eval: hardcoded-credential

        // The reporting replica: the password comes from config, which reads the environment.
        $reports = Process::env(['PGPASSWORD' => config('database.connections.reports.password')]) // tfl-eval-not: hardcoded-credential
            ->run(['pg_dump', '-h', 'reports-db', '-U', 'reports', 'reports']);

        // A bare -p prompts; this one is for the operator's terminal.
        $this->line('Restore with: mysql -u shop -p shop < shop.sql'); // tfl-eval-not: hardcoded-credential

        return $shop->successful() && $crm->successful() && $cache->successful() && $reports->successful() ? self::SUCCESS : self::FAILURE;
    }
}
