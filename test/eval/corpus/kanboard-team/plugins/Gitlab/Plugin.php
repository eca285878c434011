<?php

namespace Kanboard\Plugin\Gitlab;

use Kanboard\Core\Plugin\Base;

class Plugin extends Base
{
    const WEBHOOK_TOKEN = 'z8JONxpVaWWUB3j7Y2aCVXUxrR28oPHD'; // tfl-eval: hardcoded-credential

    public function initialize()
    {
        $this->route->addRoute('/gitlab/webhook', 'WebhookController', 'handler', 'Gitlab');
    }

    public function isValidWebhook($request)
    {
        return hash_equals(self::WEBHOOK_TOKEN, $request->getHeader('X-Gitlab-Token'));
    }
}
