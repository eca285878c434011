<?php
// Stockroom's settings object, filled key by key (loaded by index.php).
$conf = new stdClass();
$conf->db = new stdClass();
$conf->db->host = 'localhost';
$conf->db->user = 'stockroom';
$conf->db->password = 'stockroom'; // tfl-eval-not: hardcoded-credential
$conf->db->name = 'stockroom';

$conf->smtp = new stdClass();
$conf->smtp->user = 'mailer';
$conf->smtp->password = 'DdROkMBhDrQDDQnja7FT'; // tfl-eval: hardcoded-credential

$settings = array();
$settings['db']['user'] = 'inventory';
$settings['db']['password'] = 'inventory'; // tfl-eval-not: hardcoded-credential
$settings['db']['host'] = 'localhost';
