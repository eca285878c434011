<?php
## Have a look in misc/config_definitions.json for examples of settings you can set here.

### Database config
$config['db_host'] = 'localhost';
$config['db_port'] = '3306';
$config['db_user'] = 'librenms';
$config['db_pass'] = 'nKYJdxETVg6Rdx3K'; // tfl-eval: hardcoded-credential
$config['db_name'] = 'librenms';

$config['user'] = 'librenms';
$config['base_url'] = '/';

### Default community
$config['snmp']['community'] = array('public'); // tfl-eval-not: hardcoded-credential

### Authentication Model
$config['auth_mechanism'] = 'active_directory';
$config['auth_ad_url'] = 'ldaps://dc1.noc.example';
$config['auth_ad_domain'] = 'noc.example';
$config['auth_ad_binduser'] = 'svc-librenms';
$config['auth_ad_bindpassword'] = 'kKj8rU98Zi38djMYsLNQ'; // tfl-eval: hardcoded-credential

### Alerting transports
$config['alert']['transports']['pagerduty']['integration_key'] = 'ed1828604577259f32a20ca647d47856'; // tfl-eval: hardcoded-credential
$config['oxidized']['enabled'] = true;
$config['oxidized']['url'] = 'http://127.0.0.1:8888';
