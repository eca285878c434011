<?php
// Service desk settings (written by the admin panel's "Save settings" page)

// --> Database
$sd_settings['db_server'] = 'sql-3.servicedesk.corp'; // tfl-eval: hardcoded-backing-service
$sd_settings['db_name'] = 'servicedesk';
$sd_settings['db_user'] = 'servicedesk';
$sd_settings['db_pass'] = 'ZposfNGTz0tyYei5zYxT'; // tfl-eval: hardcoded-credential
$sd_settings['db_prefix'] = 'sd_';

// --> Outgoing mail
$sd_settings['smtp'] = 1;
$sd_settings['smtp_host_name'] = 'relay.servicedesk.corp'; // tfl-eval: hardcoded-backing-service
$sd_settings['smtp_host_port'] = 587;
$sd_settings['smtp_enc'] = 'tls';
$sd_settings['smtp_user'] = 'desk@servicedesk.example.org';
$sd_settings['smtp_password'] = 'L2Y1hSi83E0qj528s0XN'; // tfl-eval: hardcoded-credential

// --> Mailbox fetching
$sd_settings['imap'] = 1;
$sd_settings['imap_host_name'] = 'mail.servicedesk.corp'; // tfl-eval: hardcoded-backing-service
$sd_settings['imap_host_port'] = 993;
$sd_settings['imap_user'] = 'desk@servicedesk.example.org';
$sd_settings['imap_password'] = ''; // tfl-eval-not: hardcoded-credential

// --> Misc
$sd_settings['server_name'] = 'Service Desk'; // tfl-eval-not: hardcoded-backing-service
$sd_settings['mail_server_type'] = 'smtp'; // tfl-eval-not: hardcoded-backing-service
$sd_settings['site_url'] = 'https://desk.servicedesk.example.org';
