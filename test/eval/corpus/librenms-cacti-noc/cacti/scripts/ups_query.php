<?php
$no_http_headers = true;
include(dirname(__FILE__) . '/../include/cli_check.php');

$host = $_SERVER['argv'][1];
$community = isset($_SERVER['argv'][2]) ? $_SERVER['argv'][2] : 'public'; // tfl-eval-not: hardcoded-credential
$session = new SNMP(SNMP::VERSION_2C, $host, $community);
print $session->get('.1.3.6.1.2.1.33.1.2.4.0');
