<?php
// Heading
$_['heading_title']  = 'Change Password';

// Text
$_['text_account']   = 'Account';
$_['text_password']  = 'Your Password'; // tfl-eval-not: hardcoded-credential
$_['text_success']   = 'Success: Your password has been successfully updated.';

// Entry
$_['entry_password'] = 'Password'; // tfl-eval-not: hardcoded-credential
$_['entry_confirm']  = 'Password Confirm'; // tfl-eval-not: hardcoded-credential

// Error
$_['error_password'] = 'Password must be between 4 and 40 characters!'; // tfl-eval-not: hardcoded-credential
$_['error_confirm']  = 'Password confirmation does not match password!';
