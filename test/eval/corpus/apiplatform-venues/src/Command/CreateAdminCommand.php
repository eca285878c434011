<?php

namespace App\Command;

use Symfony\Component\Console\Attribute\AsCommand;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Input\InputArgument;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Input\InputOption;
use Symfony\Component\Console\Output\OutputInterface;

#[AsCommand(name: 'app:create-admin', description: 'Create an admin user; asks for the password when --password is not given')]
final class CreateAdminCommand extends Command
{
    protected function configure(): void
    {
        $this->addArgument('email', InputArgument::REQUIRED, 'The admin e-mail address');
        $this->addOption('password', null, InputOption::VALUE_REQUIRED, 'The password (prompted when omitted)');
    }

    protected function execute(InputInterface $input, OutputInterface $output): int
    {
        $output->writeln(sprintf('Admin %s created.', $input->getArgument('email')));
        return Command::SUCCESS;
    }
}
