<?php

return [
    'password' => [ // tfl-eval-not: hardcoded-credential
        'letters' => ':attributeは文字を1つ以上含める必要があります。',
        'mixed' => ':attributeは大文字と小文字をそれぞれ1つ以上含める必要があります。',
    ],
    'current_password' => 'パスワードが正しくありません。', // tfl-eval-not: hardcoded-credential
    'attributes' => [
        'password' => 'パスワード', // tfl-eval-not: hardcoded-credential
        'password_confirmation' => 'パスワード（確認用）', // tfl-eval-not: hardcoded-credential
        'api_token' => 'APIトークン', // tfl-eval-not: hardcoded-credential
    ],
];
