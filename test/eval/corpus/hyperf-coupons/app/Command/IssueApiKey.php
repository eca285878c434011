<?php

declare(strict_types=1);

namespace App\Command;

use Hyperf\Command\Annotation\Command;
use Hyperf\Command\Command as HyperfCommand;
use Symfony\Component\Console\Input\InputOption;

#[Command]
final class IssueApiKey extends HyperfCommand
{
    protected ?string $name = 'partner:issue-key';

    protected function configure(): void
    {
        $this->setDescription('Issue an API key for a partner; the key is shown once.');
        $this->addOption('partner', 'p', InputOption::VALUE_REQUIRED, 'Partner slug');
        $this->addOption('secret-length', null, InputOption::VALUE_OPTIONAL, 'Length of the secret in bytes', '32');
    }

    public function handle(): void
    {
        $secret = bin2hex(random_bytes((int) $this->input->getOption('secret-length')));
        $this->line(sprintf('key for %s: %s…', $this->input->getOption('partner'), substr($secret, 0, 6)));
    }
}
