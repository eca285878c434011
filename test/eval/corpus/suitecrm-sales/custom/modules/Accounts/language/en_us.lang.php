<?php
$mod_strings['LBL_API_KEY'] = 'API Key';
$mod_strings['LBL_PORTAL_PASSWORD'] = 'Portal Password'; // tfl-eval-not: hardcoded-credential
$mod_strings['LBL_PASSWORD_HELP'] = 'Leave blank to keep the current password'; // tfl-eval-not: hardcoded-credential
