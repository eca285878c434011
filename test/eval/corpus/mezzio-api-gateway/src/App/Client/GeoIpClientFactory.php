<?php

declare(strict_types=1);

namespace App\Client;

use GeoIp2\WebService\Client;
use Psr\Container\ContainerInterface;

final class GeoIpClientFactory
{
    public function __invoke(ContainerInterface $container): Client
    {
        // MaxMind account 734215; the licence key is the only secret.
        return new Client(734215, 'XzbD1Q4wX2zbxWw5', ['en'], ['host' => 'geolite.info']); // tfl-eval: hardcoded-credential
    }
}