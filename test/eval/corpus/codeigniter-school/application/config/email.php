<?php
defined('BASEPATH') OR exit('No direct script access allowed');

$config['protocol'] = 'smtp';
$config['smtp_host'] = 'ssl://smtp.gmail.com'; // tfl-eval: hardcoded-backing-service
$config['smtp_port'] = 465;
$config['smtp_user'] = 'noreply@school.example.edu';
$config['smtp_pass'] = '0a2q2zig7b0nkxqi'; // tfl-eval: hardcoded-credential
$config['mailtype'] = 'html';
