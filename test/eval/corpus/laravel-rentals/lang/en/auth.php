<?php

return [
    'failed' => 'These credentials do not match our records.',
    'password' => 'The provided password is incorrect.', // tfl-eval-not: hardcoded-credential
    'throttle' => 'Too many login attempts. Please try again in :seconds seconds.',
    'api_token' => 'Your API token has been regenerated.', // tfl-eval-not: hardcoded-credential
];
