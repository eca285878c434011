<?php
if (!defined('IN_SCRIPT')) {die('Invalid attempt!');}

function hesk_oauth_token_request($provider)
{
    global $hesk_settings;
    $params = array(
        'client_id'     => $provider['client_id'],
        'client_secret' => $provider['client_secret'],
        'refresh_token' => $provider['refresh_token'],
        'grant_type'    => 'refresh_token',
    );
    $label = 'Client secret (leave blank to keep the current one)';
    return hesk_post($provider['token_url'], $params, $label);
}
