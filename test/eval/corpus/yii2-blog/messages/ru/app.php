<?php

return [
    'Password' => 'Пароль', // tfl-eval-not: hardcoded-credential
    'Incorrect username or password.' => 'Неверное имя пользователя или пароль.', // tfl-eval-not: hardcoded-credential
    'API token' => 'API-токен', // tfl-eval-not: hardcoded-credential
];
