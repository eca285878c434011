<?php
// Pulls interface lists from switches with SNMPv3.
$session = new SNMP(SNMP::VERSION_3, 'core-sw1.dc.internal', 'rt-poller');
$session->setSecurity('authPriv', 'SHA', 'zDY4E0P9t63cwH7f', 'AES', '12yUlBObGy47cih3'); // tfl-eval: hardcoded-credential
$ifaces = $session->walk('.1.3.6.1.2.1.2.2.1.2');
$community = snmp2_get('edge-sw4.dc.internal', 'public', 'sysDescr.0'); // tfl-eval-not: hardcoded-credential
