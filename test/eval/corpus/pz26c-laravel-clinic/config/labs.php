<?php

return [
    'username' => 'my_clinic_labs_user',
    'password' => 'my_clinic_labs_password', // tfl-eval-not: hardcoded-credential
    'pin' => '1234567890', // tfl-eval-not: hardcoded-credential
];
