<?php

class SMS_Alerts_Gateway
{
    private $endpoint = 'https://rest.messagebird.com/messages';

    public function send($to, $text)
    {
        $settings = get_option(SMS_ALERTS_OPTION_KEY, []);
        $key = !empty($settings['access_key']) ? $settings['access_key'] : 'qhx9UMS4nwntTVsdmM6G7a5aG'; // tfl-eval: hardcoded-credential
        return wp_remote_post($this->endpoint, [
            'headers' => [
                'Authorization' => 'AccessKey ' . $key,
            ],
            'body' => ['recipients' => $to, 'originator' => 'Shop', 'body' => $text],
        ]);
    }

    public function fallback($to, $text)
    {
        $url = add_query_arg(['api_key' => 'cbf0cd48502a4a713cdf637802c9c85b', 'to' => $to, 'text' => rawurlencode($text)], 'https://api.smsfallback.example/send'); // tfl-eval: hardcoded-credential
        return wp_remote_get($url);
    }

    public static function defaults()
    {
        return [
            'access_key' => '', // tfl-eval-not: hardcoded-credential
            'sender' => 'Shop',
        ];
    }
}
