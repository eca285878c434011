<?php

return [
    'failed' => 'These credentials do not match our records.',
    'password' => 'The provided password is incorrect.', // tfl-eval-not: hardcoded-credential
    'throttle' => 'Too many login attempts. Please try again in :seconds seconds.',
];
