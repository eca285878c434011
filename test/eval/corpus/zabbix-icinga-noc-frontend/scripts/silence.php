<?php
// One-off: silence a host group through the Icinga 2 API during maintenance.
$ch = curl_init('https://icinga-master.noc.internal:5665/v1/actions/schedule-downtime');
curl_setopt($ch, CURLOPT_USERPWD, 'icingaweb2:' . getenv('ICINGA_API_PASSWORD')); // tfl-eval-not: hardcoded-credential
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
curl_setopt($ch, CURLOPT_HTTPHEADER, ['Accept: application/json']);
echo curl_exec($ch);
