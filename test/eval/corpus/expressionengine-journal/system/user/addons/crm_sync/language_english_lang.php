<?php

$lang = array(
    'crm_sync_api_key' => 'CRM API key', // tfl-eval-not: hardcoded-credential
    'crm_sync_password_hint' => 'Use the password from the CRM admin screen', // tfl-eval-not: hardcoded-credential
);
