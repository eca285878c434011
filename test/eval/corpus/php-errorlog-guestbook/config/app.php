<?php

return [
    'dsn' => 'mysql:host=mysql.guestbook.internal;dbname=guestbook;charset=utf8mb4', // tfl-eval: hardcoded-backing-service
];
