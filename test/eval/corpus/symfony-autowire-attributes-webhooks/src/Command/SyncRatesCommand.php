<?php

namespace App\Command;

use Symfony\Component\Console\Attribute\AsCommand;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Output\OutputInterface;
use Symfony\Component\DependencyInjection\Attribute\Autowire;

#[AsCommand(name: 'app:sync-rates', description: 'Pulls carrier rate cards (needs the rates API key)')]
final class SyncRatesCommand extends Command
{
    public function __construct(
        #[Autowire(env: 'default:rates_fallback_key:RATES_API_KEY')] private readonly string $ratesApiKey, // tfl-eval-not: hardcoded-credential
        #[Autowire(value: 'changeme')] private readonly string $ratesPassword, // tfl-eval-not: hardcoded-credential
    ) {
        parent::__construct();
    }

    protected function execute(InputInterface $input, OutputInterface $output): int
    {
        $output->writeln('syncing rates');
        return Command::SUCCESS;
    }
}
