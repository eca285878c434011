<?php

namespace MauticPlugin\AcmeCrmBundle\Integration;

use Mautic\PluginBundle\Integration\AbstractIntegration;

class AcmeCrmIntegration extends AbstractIntegration
{
    public function getName()
    {
        return 'AcmeCrm';
    }

    public function getAuthenticationType()
    {
        return 'key';
    }

    public function getRequiredKeyFields()
    {
        return [
            'api_key' => 'mautic.acmecrm.form.api_key', // tfl-eval-not: hardcoded-credential
            'password' => 'mautic.acmecrm.form.password', // tfl-eval-not: hardcoded-credential
        ];
    }

    public function getSecretKeys()
    {
        return ['api_key', 'password']; // tfl-eval-not: hardcoded-credential
    }
}
