<?php

namespace App\Commands;

use Illuminate\Support\Facades\Http;
use LaravelZero\Framework\Commands\Command;
use phpseclib3\Net\SSH2;

class DeployCommand extends Command
{
    protected $signature = 'deploy {server} {--ref=main}';

    protected $description = 'Deploy a ref to one of the servers';

    public function handle(): int
    {
        $server = config('deploy.servers.' . $this->argument('server'));
        $ssh = new SSH2($server['host']);
        if (!$ssh->login('deploy', 'Falcon$69falcon53')) { // tfl-eval: hardcoded-credential
            $this->error('SSH login failed');
            return self::FAILURE;
        }
        $sudo = $this->secret('Sudo password for deploy?'); // tfl-eval-not: hardcoded-credential
        $ssh->exec('cd /srv/app && git fetch && git checkout ' . escapeshellarg($this->option('ref')));

        Http::withToken('wa0Hq6adq4tcJlltMKm9F7MyyHm8dCKQyN3gWle2') // tfl-eval: hardcoded-credential
            ->post('https://forge.laravel.com/api/v1/servers/' . config('deploy.forge.server_id') . '/sites/1/deployment/deploy');

        $this->info('Deployed');
        return self::SUCCESS;
    }
}