<?php
defined('BASEPATH') OR exit('No direct script access allowed');

$config['protocol'] = 'smtp';
$config['smtp_host'] = 'ssl://smtp.gmail.com'; // tfl-eval: hardcoded-backing-service
$config['smtp_port'] = 465;
$config['smtp_user'] = 'mesa.ayuda.notificaciones@gmail.com';
$config['smtp_pass'] = 'xyz618203$'; // tfl-eval: hardcoded-credential
$config['mailtype'] = 'html';
