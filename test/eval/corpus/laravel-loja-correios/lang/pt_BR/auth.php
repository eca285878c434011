<?php

return [
    'failed' => 'Essas credenciais não foram encontradas em nossos registros.',
    'senha' => 'A senha informada está incorreta.', // tfl-eval-not: hardcoded-credential
    'throttle' => 'Muitas tentativas de login. Tente novamente em :seconds segundos.',
];
