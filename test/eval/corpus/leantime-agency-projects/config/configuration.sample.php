<?php

namespace leantime\core;

class config
{
    public $dbHost = 'localhost';
    public $dbUser = '';
    public $dbPassword = ''; // tfl-eval-not: hardcoded-credential
    public $sessionpassword = 'hSURvXpWwFIbsqXsSzCuCgXW3x3UrRUjr7r7eck0'; // tfl-eval-not: hardcoded-credential
    public $smtpPassword = ''; // tfl-eval-not: hardcoded-credential
}
