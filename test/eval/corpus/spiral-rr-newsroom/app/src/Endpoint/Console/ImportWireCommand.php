<?php

declare(strict_types=1);

namespace App\Endpoint\Console;

use Spiral\Console\Attribute\AsCommand;
use Spiral\Console\Attribute\Option;
use Spiral\Console\Command;

#[AsCommand(name: 'wire:import', description: 'Import agency wire stories (one-off or from cron)')]
final class ImportWireCommand extends Command
{
    #[Option(description: 'Agency API token; defaults to $WIRE_API_TOKEN')]
    private ?string $token = null; // tfl-eval-not: hardcoded-credential

    #[Option(description: 'Agency base URL', shortcut: 'u')]
    private string $url = 'https://api.wire-agency.example/v2';

    public function __invoke(): int
    {
        $token = $this->token ?? getenv('WIRE_API_TOKEN');
        if (!$token) {
            $this->error('No token: pass --token or set WIRE_API_TOKEN');

            return self::FAILURE;
        }
        $this->info(sprintf('Importing from %s', $this->url));

        return self::SUCCESS;
    }
}
