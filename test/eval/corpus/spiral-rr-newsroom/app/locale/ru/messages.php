<?php

return [
    'Wrong e-mail or password' => 'Неверный адрес электронной почты или пароль',
    'Password' => 'Пароль',
    'Repeat password' => 'Повторите пароль',
    'API token' => 'API-токен',
    'Your token has expired' => 'Срок действия токена истёк',
];
