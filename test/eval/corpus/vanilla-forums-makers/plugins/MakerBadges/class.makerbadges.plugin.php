<?php

use Garden\Http\HttpClient;

class MakerBadgesPlugin extends Gdn_Plugin {
    private const BADGE_API = 'https://badges.makers.example/api';

    public function profileController_afterAddSideMenu_handler($sender) {
        $token = c('Plugins.MakerBadges.ApiToken'); // tfl-eval-not: hardcoded-credential
        $client = new HttpClient(self::BADGE_API);
        $client->setDefaultHeader('Authorization', 'Bearer '.$token);
        $sender->setData('Badges', $client->get('/users/'.$sender->User->UserID)->getBody());
    }

    public function setup() {
        saveToConfig('Plugins.MakerBadges.Webhook.Secret', '4e00a789936c7149d8d0e10e08ee3e35'); // tfl-eval: hardcoded-credential
    }
}
