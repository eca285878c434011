<?php
defined('BASEPATH') OR exit('No direct script access allowed');

$config['protocol'] = 'smtp';
$config['smtp_host'] = 'ssl://smtp.gmail.com'; // tfl-eval: hardcoded-backing-service
$config['smtp_port'] = 465;
$config['smtp_user'] = 'office@parish.example.org';
$config['smtp_pass'] = getenv('PARISH_SMTP_PASSWORD');
$config['smtp_timeout'] = 10;
$config['mailtype'] = 'html';
$config['charset'] = 'utf-8';
$config['newline'] = "\r\n";
