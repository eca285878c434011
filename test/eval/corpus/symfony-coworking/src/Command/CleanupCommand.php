<?php

namespace App\Command;

use Symfony\Component\Console\Attribute\AsCommand;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Input\InputOption;
use Symfony\Component\Console\Output\OutputInterface;

#[AsCommand(name: 'app:cleanup', description: 'Remove expired desk bookings')]
class CleanupCommand extends Command
{
    protected function configure(): void
    {
        $this->addOption('dry-run', null, InputOption::VALUE_NONE, 'Only print what would be removed');
        $this->addOption('api-key', null, InputOption::VALUE_REQUIRED, 'Key of the lock API (defaults to LOCK_API_TOKEN)');
    }

    protected function execute(InputInterface $input, OutputInterface $output): int
    {
        $output->writeln('Removing expired bookings');

        return Command::SUCCESS;
    }
}
