<?php

declare(strict_types=1);

namespace App\Command;

use Symfony\Component\Console\Attribute\AsCommand;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Input\InputOption;
use Symfony\Component\Console\Output\OutputInterface;

#[AsCommand(name: 'teashop:import-legacy-customers', description: 'One-off import from the old Magento store')]
final class ImportLegacyCustomersCommand extends Command
{
    protected function configure(): void
    {
        $this->addOption('dsn', null, InputOption::VALUE_REQUIRED, 'Legacy database DSN, e.g. mysql:host=HOST;dbname=magento', getenv('LEGACY_DSN') ?: null);
        $this->addOption('password', null, InputOption::VALUE_REQUIRED, 'Legacy database password'); // tfl-eval-not: hardcoded-credential
    }

    protected function execute(InputInterface $input, OutputInterface $output): int
    {
        $pdo = new \PDO($input->getOption('dsn'), 'import', $input->getOption('password'));
        $output->writeln(sprintf('%d customers', (int) $pdo->query('SELECT COUNT(*) FROM customer_entity')->fetchColumn()));

        return Command::SUCCESS;
    }
}
