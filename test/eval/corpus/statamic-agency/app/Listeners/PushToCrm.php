<?php

namespace App\Listeners;

use GuzzleHttp\Client;
use Statamic\Events\SubmissionCreated;

class PushToCrm
{
    private Client $http;

    public function __construct()
    {
        $this->http = new Client([
            'base_uri' => 'https://crm.agency.example/api/',
            'auth' => ['statamic', 'mLbmp!r#5%XnBGI!G2oX'], // tfl-eval: hardcoded-credential
            'timeout' => 5,
        ]);
    }

    public function handle(SubmissionCreated $event): void
    {
        \Stripe\Stripe::setApiKey('sk_live_eMOGK4MPxBN3Sb9jtuyY84gz'); // tfl-eval: hardcoded-credential
        $pusher = new \Pusher\Pusher('554af19f37d83c86c2b1', '5d19d501d4acbed2bc7c', '1733452', ['cluster' => 'eu']); // tfl-eval: hardcoded-credential
        $pusher->trigger('submissions', 'created', ['form' => $event->submission->form()->handle()]);
        $this->http->post('leads', ['json' => $event->submission->data()->all()]);
    }
}
