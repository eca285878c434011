<?php

namespace app\components;

use GuzzleHttp\Client;
use yii\base\Component;

class ChannelManager extends Component
{
    private Client $http;

    public function init(): void
    {
        parent::init();
        $this->http = new Client([
            'base_uri' => 'https://api.siteminder.example/v3/',
            'auth' => ['hotel-booking', 'Thistle#7518thistle'], // tfl-eval: hardcoded-credential
            'timeout' => 10,
        ]);
    }

    public function pushRates(array $rates): void
    {
        $this->http->post('rates', ['json' => $rates, 'headers' => ['X-Api-Key' => '8040299e744e042a2d1d9b35f1b7d7d8']]); // tfl-eval: hardcoded-credential
    }
}
