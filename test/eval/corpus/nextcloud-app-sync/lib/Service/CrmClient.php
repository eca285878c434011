<?php

declare(strict_types=1);

namespace OCA\AcmeSync\Service;

use OCA\AcmeSync\AppInfo\Application;
use OCP\Http\Client\IClientService;
use OCP\IConfig;

class CrmClient
{
    public function __construct(private IClientService $clients, private IConfig $config) {}

    public function push(array $contact): void
    {
        $key = $this->config->getAppValue(Application::APP_ID, 'crm_api_key', Application::CRM_API_KEY); // tfl-eval-not: hardcoded-credential
        $this->clients->newClient()->post('https://crm.acme.example/api/contacts', [
            'headers' => ['X-Api-Key' => $key], // tfl-eval-not: hardcoded-credential
            'json' => $contact,
        ]);
    }

    public function rotate(): void
    {
        $this->config->setAppValue(Application::APP_ID, 'webhook_secret', '4Z65AGP9yh6S7pazWygAxViJzSQanmYsOyzfeuby'); // tfl-eval: hardcoded-credential
    }
}