<?php

namespace App\Service;

use Symfony\Component\DependencyInjection\Attribute\Autowire;

final class LabelPrinter
{
    #[Autowire('%app.label_printer_host%')]
    public string $host; // tfl-eval-not: hardcoded-credential

    #[Autowire('Lp7cQx2vNw9zTk4mRb6s')] // tfl-eval: hardcoded-credential
    public string $printerApiToken; // (the value above is the printer's token) 

    public function __construct(
        #[Autowire('Default label text')] private readonly string $footerText,
        #[Autowire(env: 'LABEL_PRINTER_PASSWORD')] private readonly string $printerPassword, // tfl-eval-not: hardcoded-credential
    ) {
    }
}
