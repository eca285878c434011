<?php
// Local overrides of include/config_default.inc.php.
$conf['smtp_host'] = 'smtp.photoclub.example:587'; // tfl-eval: hardcoded-backing-service
$conf['smtp_user'] = 'gallery@photoclub.example';
$conf['smtp_password'] = 'XnjwLhEyjW8W2hBA'; // tfl-eval: hardcoded-credential
$conf['smtp_secure'] = 'tls';
$conf['password_reset_duration'] = 60*60;
$conf['insensitive_case_logon'] = false;
