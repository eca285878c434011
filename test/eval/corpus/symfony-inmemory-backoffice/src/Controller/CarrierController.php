<?php

namespace App\Controller;

use Illuminate\Support\Facades\Http;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Contracts\HttpClient\HttpClientInterface;

final class CarrierController extends AbstractController
{
    public function __construct(private HttpClientInterface $client) {}

    public function rates(): array
    {
        return $this->client->request('GET', 'https://api.carrier.example/rates', [
            'auth_bearer' => 'XjhFcBE0pmyYsw8nGIjfiP6nKM8PCUjo92OSWcwm', // tfl-eval: hardcoded-credential
        ])->toArray();
    }

    public function labels(): array
    {
        return $this->client->request('GET', 'https://labels.carrier.example/v2', [
            'headers' => ['Authorization' => 'Token '.$this->getParameter('carrier.token')], // tfl-eval-not: hardcoded-credential
        ])->toArray();
    }
}
