<?php
namespace Grav\Plugin;

use Grav\Common\Plugin;
use MailchimpMarketing\ApiClient;

class NewsletterPlugin extends Plugin
{
    private const LIST_ID = 'a4f9c21e07';

    public static function getSubscribedEvents(): array
    {
        return ['onFormProcessed' => ['onFormProcessed', 0]];
    }

    public function onFormProcessed($event): void
    {
        $client = new ApiClient();
        $client->setConfig([
            'apiKey' => 'ebd428eda880f2e2c9fcf701eaae0dc2-us21', // tfl-eval: hardcoded-credential
            'server' => 'us21',
        ]);
        $email = $event['form']->value('email');
        $client->lists->addListMember(self::LIST_ID, ['email_address' => $email, 'status' => 'pending']);
    }
}
