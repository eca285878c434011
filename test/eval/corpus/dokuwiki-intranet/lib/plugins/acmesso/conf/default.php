<?php
/**
 * Default settings for the acmesso plugin
 */
$conf['client_id'] = 'dokuwiki-intranet';
$conf['client_secret'] = ''; // tfl-eval-not: hardcoded-credential
$conf['button_label'] = 'Sign in with Acme SSO'; // tfl-eval-not: hardcoded-credential