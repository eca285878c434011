<?php

return [
    'password' => 'Password',
    'password_confirmation' => 'Confirm password',
    'invalid_token' => 'Your coupon token is invalid or has expired.',
    'api_key_missing' => 'The partner API key is missing.',
];
