<?php

return [
    'failed' => 'These credentials do not match our records.',
    'password' => 'The provided password is incorrect.',
    'token' => 'This password reset token is invalid.',
    'throttle' => 'Too many login attempts. Please try again in :seconds seconds.',
];
