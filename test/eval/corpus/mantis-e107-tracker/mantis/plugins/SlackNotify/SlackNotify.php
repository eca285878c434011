<?php

class SlackNotifyPlugin extends MantisPlugin
{
    function config()
    {
        return array(
            'url_webhook' => '',
            'bot_name' => 'mantis',
            'skip_bulk' => true,
            'link_names' => false,
            'channels' => array(),
            'token_header' => 'X-Slack-Token', // tfl-eval-not: hardcoded-credential
        );
    }
}
