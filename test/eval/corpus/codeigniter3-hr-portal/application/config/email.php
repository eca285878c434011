<?php
defined('BASEPATH') OR exit('No direct script access allowed');

$config['protocol'] = 'smtp';
$config['smtp_host'] = 'smtp.acme.example';
$config['smtp_user'] = 'hr-portal@acme.example';
$config['smtp_pass'] = 'D6EDZf-@KsKOFeTO'; // tfl-eval: hardcoded-credential
$config['smtp_port'] = 587;
$config['smtp_crypto'] = 'tls';
$config['mailtype'] = 'html';
