<?php

return [
    'class' => 'yii\db\Connection',
    'dsn' => 'mysql:host=db.tours.local;dbname=tours', // tfl-eval: hardcoded-backing-service
    'username' => 'tours',
    'password' => 'Nxtfk10_JZ9H', // tfl-eval: hardcoded-credential
    'charset' => 'utf8mb4',
];
