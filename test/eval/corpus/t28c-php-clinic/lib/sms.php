<?php
use Clinica\Sms\Client;

// The SMS gateway's SDK is built through its static factory.
$sms = Client::make('9vfgw19_0cAjcgebTlEOdPnvCrvcQfihyr3ggK9f'); // tfl-eval: hardcoded-credential
$fromEnv = Client::make(getenv('SMS_API_KEY')); // tfl-eval-not: hardcoded-credential
$queue = Queue::make('lembretes'); // tfl-eval-not: hardcoded-credential
$view = View::make('agenda.index'); // tfl-eval-not: hardcoded-credential
