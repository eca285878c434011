<?php

return [
    [
        'username' => 'erau',
        'auth_key' => '1UanoKIYWrmjMxzrt2Jp9LOu', // tfl-eval-not: hardcoded-credential
        'password_hash' => '$2y$13$EjaPFBnZOQsHdGuHI.xvhuDp1fHpo8hKRSk6yshqa9c5EG8s3C3lO',
        'email' => 'sfriesen@jenkins.info',
    ],
];
