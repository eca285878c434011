<?php

return [
    'forms' => resource_path('forms'),
    'email' => [
        'from' => 'forms@agency.example',
    ],
    'recaptcha' => [
        'site_key' => '6LcIYcJul-R9qtJb7LuvNsKmWrLHw1CwwgnVNZX4', // tfl-eval-not: hardcoded-credential
        'secret_key' => '6LcKh-C7OiRrYr1M0cD7xSh8ZhwH2kwivPLB5J2L', // tfl-eval: hardcoded-credential
    ],
    'csv_delimiter' => ',',
];
