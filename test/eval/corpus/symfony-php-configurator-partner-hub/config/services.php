<?php

namespace Symfony\Component\DependencyInjection\Loader\Configurator;

use App\Partner\CarrierClient;
use App\Partner\InvoiceExporter;
use App\Partner\SlackNotifier;
use App\Partner\WebhookVerifier;

return function (ContainerConfigurator $container): void {
    $container->parameters()
        ->set('app.support_email', 'partners@brightfield.example') // tfl-eval-not: hardcoded-credential
        ->set('app.carrier_base_uri', 'https://api.carrier.example/v2');

    $services = $container->services()
        ->defaults()
            ->autowire()
            ->autoconfigure()
            ->bind('$webhookSecret', 'DU6tk2Xyt2evzZ3mbrGdCa') // tfl-eval: hardcoded-credential
            ->bind('string $supportEmail', '%app.support_email%') // tfl-eval-not: hardcoded-credential
            ->bind('$exportPassword', env('INVOICE_EXPORT_PASSWORD')); // tfl-eval-not: hardcoded-credential

    $services->load('App\\', '../src/')
        ->exclude('../src/{DependencyInjection,Entity,Kernel.php}');

    $services->set(CarrierClient::class)
        ->arg('$baseUri', '%app.carrier_base_uri%')
        ->arg('$apiToken', 'St8cCG35FfD4FytrUP9wct'); // tfl-eval: hardcoded-credential

    $services->set(SlackNotifier::class)
        ->arg('$botToken', param('slack.bot_token')) // tfl-eval-not: hardcoded-credential
        ->arg('$channel', '#partner-ops');

    $services->set('app.legacy_exporter', InvoiceExporter::class)
        ->args(['$sftpHost' => 'sftp.ledgerhouse.example', '$sftpPassword' => 'HsjrsMZ4B5kUMZ5VBhz9Nb']); // tfl-eval: hardcoded-credential

    $services->set(WebhookVerifier::class)
        ->arg('$signingKey', env('WEBHOOK_SIGNING_KEY')->default('')) // tfl-eval-not: hardcoded-credential
        ->arg('$tolerance', 300);
};
