<?php

declare(strict_types=1);

use Ledgerbird\Mail\SmtpTransportFactory;
use Symfony\Component\DependencyInjection\Loader\Configurator\ContainerConfigurator;

use function Symfony\Component\DependencyInjection\Loader\Configurator\env;

return static function (ContainerConfigurator $container): void {
    $services = $container->services()->defaults()->autowire()->autoconfigure();
    $services->load('Ledgerbird\\', '../src/');

    $services->set(SmtpTransportFactory::class)
        ->arg('$host', env('SMTP_HOST'))
        ->arg('$password', env('SMTP_PASSWORD')); // tfl-eval-not: hardcoded-credential

    $container->parameters()
        ->set('app.pdf_signing_passphrase', '%env(PDF_SIGNING_PASSPHRASE)%') // tfl-eval-not: hardcoded-credential
        ->set('app.vat_api_key', '8bv15SqHD7JSlC1D4utrqIViRrRo7yw0'); // tfl-eval: hardcoded-credential
};
