<?php

declare(strict_types=1);

namespace Harbor\Ops\Command;

use Symfony\Component\Console\Attribute\Argument;
use Symfony\Component\Console\Attribute\AsCommand;
use Symfony\Component\Console\Attribute\Option;
use Symfony\Component\Console\Style\SymfonyStyle;

#[AsCommand(name: 'cdn:purge', description: 'Purge paths from the CDN')]
final class PurgeCdnCommand
{
    public function __invoke(
        SymfonyStyle $io,
        #[Argument(description: 'Path to purge')] string $path,
        #[Option(description: 'Zone id')] string $zone = '9f2c41e07b3d4a1e8c55d0f6a7b8c9d0',
        #[Option(description: 'API token of the CDN')] string $apiToken = 'bloTE8DI6VhwB0u0h1XNfKne', // tfl-eval: hardcoded-credential
        #[Option(description: 'Token read from this env var')] string $tokenEnv = 'CDN_API_TOKEN', // tfl-eval-not: hardcoded-credential
    ): int {
        $token = getenv($tokenEnv) ?: $apiToken;
        (new \Harbor\Ops\CdnClient($zone, $token))->purge($path);
        $io->success("Purged $path");

        return 0;
    }
}
