<?php
$api_key = $User->create_api_key(); // tfl-eval-not: hardcoded-credential
print '<input type="text" name="app_code" placeholder="' . _('App code') . '">';
print '<label>' . _('App security') . '</label>';
print '<option value="ssl_token">' . _('SSL with App code token') . '</option>'; // tfl-eval-not: hardcoded-credential
