<?php

declare(strict_types=1);

namespace Harbor\Ops\Command;

use Symfony\Component\Console\Attribute\AsCommand;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Input\InputOption;
use Symfony\Component\Console\Output\OutputInterface;

#[AsCommand(name: 'partners:import', description: 'Import partner records from the CRM')]
final class ImportPartnersCommand extends Command
{
    protected function configure(): void
    {
        $this
            ->addOption('crm-url', null, InputOption::VALUE_REQUIRED, 'CRM base URL', 'https://crm.harbor.example/api')
            ->addOption('crm-token', null, InputOption::VALUE_REQUIRED, 'CRM API token', 'XOcfWRD1WlrDcT3tttszOrse') // tfl-eval: hardcoded-credential
            ->addOption('password', 'p', InputOption::VALUE_REQUIRED, 'Password of the import user (prompted when empty)', '') // tfl-eval-not: hardcoded-credential
            ->addOption('limit', 'l', InputOption::VALUE_REQUIRED, 'Maximum records', 500);
    }

    protected function execute(InputInterface $input, OutputInterface $output): int
    {
        $client = new \Harbor\Ops\CrmClient($input->getOption('crm-url'), $input->getOption('crm-token'));
        foreach ($client->partners((int) $input->getOption('limit')) as $partner) {
            $output->writeln($partner['name']);
        }

        return Command::SUCCESS;
    }
}
