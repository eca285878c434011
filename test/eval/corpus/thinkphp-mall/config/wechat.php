<?php

return [
    'official_account' => [
        'app_id'  => 'wx3f9a27c1d08b4e56',
        'secret'  => '23b1e5facbde63ed064ac74ab3e21caa', // tfl-eval: hardcoded-credential
        'token'   => 'mallwx2021token', // tfl-eval: hardcoded-credential
        'aes_key' => 'vkRxrBqCQ2xvDdo8x2dFXgmUwYGwIxScZDB2yhH1ocD', // tfl-eval: hardcoded-credential
    ],
    'payment' => [
        'mch_id'     => '1600012345',
        'key'        => 'BHZuGq7nMHXbCIG6WoyabEfGf5jPrT77', // tfl-eval: hardcoded-credential
        'cert_path'  => root_path() . 'cert/apiclient_cert.pem',
        'key_path'   => root_path() . 'cert/apiclient_key.pem', // tfl-eval-not: hardcoded-credential
        'notify_url' => 'https://mall.example.cn/api/pay/notify',
    ],
];
