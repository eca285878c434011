<?php

namespace App\Console\Commands;

use Illuminate\Console\Command;

class WriteEnv extends Command
{
    protected $signature = 'setup:env';
    protected $description = 'Write the .env from the installer answers';

    public function handle(): int
    {
        $env = view('installer.env', [
            'appName' => $this->ask('App name'),
            'appKey' => 'base64:' . base64_encode(random_bytes(32)),
            'appUrl' => $this->ask('URL'),
            'dbHost' => $this->ask('DB host'),
            'dbName' => $this->ask('DB name'),
            'dbUser' => $this->ask('DB user'),
            'dbPassword' => $this->secret('DB password'),
            'withPusher' => false,
        ])->render();
        file_put_contents(base_path('.env'), $env);
        return self::SUCCESS;
    }
}
