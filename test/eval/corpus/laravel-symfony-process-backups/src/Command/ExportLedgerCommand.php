<?php

namespace Quillmoor\Ops\Command;

use Symfony\Component\Console\Attribute\AsCommand;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Output\OutputInterface;
use Symfony\Component\Process\Process;

#[AsCommand(name: 'ledger:export')]
final class ExportLedgerCommand extends Command
{
    protected function execute(InputInterface $input, OutputInterface $output): int
    {
        $dump = new Process(['pg_dump', '--dbname=postgres://ledger:B4jM2MCTEULsshiBn5@ledger-db:5432/ledger', '-f', '/var/backups/ledger.sql']); // tfl-eval: hardcoded-credential
        $dump->mustRun();

        $upload = new Process(['mc', 'cp', '/var/backups/ledger.sql', 'archive/ledger/']);
        $upload->setEnv(['MC_HOST_archive' => 'https://ledger:dGT8G3aMuSupLQFvVi@s3.quillmoor.net']); // tfl-eval: hardcoded-credential
        $upload->mustRun();

        // Symfony substitutes "${:NAME}" from the env array given to run(): nothing is written here.
        $replica = Process::fromShellCommandline('mysqldump -u "${:DB_USER}" -p"${:DB_PASS}" ledger_replica > /var/backups/replica.sql'); // tfl-eval-not: hardcoded-credential
        $replica->run(null, ['DB_USER' => 'replica', 'DB_PASS' => getenv('REPLICA_DB_PASSWORD')]);

        $archive = new Process(['mysqldump', '--defaults-extra-file=/etc/quillmoor/archive.cnf', 'archive']); // tfl-eval-not: hardcoded-credential
        $archive->run();

        $audit = new Process(['mysqldump', '-u', 'audit', '--password=Eae2THm9JqbXbt6oXy', 'audit']); // tfl-eval: hardcoded-credential
        $audit->run();

        return Command::SUCCESS;
    }
}
