<?php
return [
    'password error'          => '密码错误', // tfl-eval-not: hardcoded-credential
    'password required'       => '请输入密码', // tfl-eval-not: hardcoded-credential
    'token expired'           => '登录已过期，请重新登录', // tfl-eval-not: hardcoded-credential
    'pay password'            => '支付密码', // tfl-eval-not: hardcoded-credential
];
