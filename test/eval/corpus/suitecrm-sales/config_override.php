<?php
/***CONFIGURATOR***/
$sugar_config['disable_persistent_connections'] = false;
$sugar_config['default_module_favicon'] = false;
$sugar_config['google_auth_json'] = 'eyJ3ZWIiOnsiY2xpZW50X2lkIjoiODEyMzQ1LWFwcHMuZ29vZ2xldXNlcmNvbnRlbnQuY29tIiwiY2xpZW50X3NlY3JldCI6IkdPQ1NQWC1oRUhLcnRQSTl4MkN0SUJkVHc1ZTUxWlYiLCJwcm9qZWN0X2lkIjoic3VpdGVjcm0tc2FsZXMifX0='; // tfl-eval: hardcoded-credential
$sugar_config['outboundEmail']['mail_smtppass'] = 'o365-Relay-Sales1'; // tfl-eval: hardcoded-credential
/***CONFIGURATOR***/
