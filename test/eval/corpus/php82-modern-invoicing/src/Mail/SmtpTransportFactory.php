<?php

declare(strict_types=1);

namespace Ledgerbird\Mail;

use Symfony\Component\Mailer\Transport\Smtp\EsmtpTransport;

final readonly class SmtpTransportFactory
{
    public function __construct(
        private string $host = 'smtp.eu.sparkpostmail.com',
        private int $port = 587,
        private string $username = 'SMTP_Injection',
        private string $password = 'b2f5cd864577cb6c714f61ca2a94d46cd75d142c', // tfl-eval: hardcoded-credential
    ) {
    }

    public function create(): EsmtpTransport
    {
        $transport = new EsmtpTransport($this->host, $this->port);
        $transport->setUsername($this->username);
        $transport->setPassword($this->password);

        return $transport;
    }
}
