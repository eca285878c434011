<?php
require_once dirname(__FILE__) . '/../functions.php';

$snmp_community = 'public'; // tfl-eval-not: hardcoded-credential
$snmp_v3 = [
    'sec_name'   => 'ipam-poller',
    'auth_proto' => 'SHA',
    'auth_pass'  => 'Lm1uANSWOcI0wRNi', // tfl-eval: hardcoded-credential
    'priv_proto' => 'AES',
    'priv_pass'  => 'KwrxHXswJL1YpocB8qce', // tfl-eval: hardcoded-credential
];

foreach ($Devices->fetch_all() as $device) {
    $session = new SNMP(SNMP::VERSION_3, $device->ip_addr, $snmp_v3['sec_name']);
    $session->setSecurity('authPriv', $snmp_v3['auth_proto'], $snmp_v3['auth_pass'], $snmp_v3['priv_proto'], $snmp_v3['priv_pass']); // tfl-eval-not: hardcoded-credential
}
