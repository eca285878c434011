<?php

return [
    'ambiente' => env('PAGSEGURO_AMBIENTE', 'production'),
    'email' => 'financeiro@lojacorreios.com.br',
    'token' => env('PAGSEGURO_TOKEN'), // tfl-eval-not: hardcoded-credential
    'smtp' => [
        'usuario' => 'notificacoes@lojacorreios.com.br',
        'senha' => 'UsNr2tErFvLntNAy', // tfl-eval: hardcoded-credential
    ],
];
