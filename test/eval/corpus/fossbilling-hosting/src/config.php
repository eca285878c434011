<?php

/**
 * FOSSBilling configuration file, written by the installer.
 */
return [
    'security' => [
        'mode' => 'strict',
        'force_https' => true,
        'session_lifespan' => 7200,
        'perform_session_fingerprinting' => true,
        'debug_fingerprint' => false,
    ],

    'debug_and_monitoring' => [
        'debug' => false,
        'log_stacktrace' => true,
        'stacktrace_length' => 25,
        'report_errors' => false,
    ],

    'info' => [
        'instance_id' => '3f5d2a4c-9b1e-4c7a-8d6f-0e2b1a9c4d7e',
        'salt' => '5fb6d8f922cf73533e988ca51b51c0a5', // tfl-eval: hardcoded-credential
    ],

    'url' => 'https://billing.hostingco.example/',
    'admin_area_prefix' => '/admin',
    'disable_auto_cron' => true,
    'i18n' => [
        'locale' => 'en_US',
        'timezone' => 'UTC',
        'date_format' => 'medium',
        'time_format' => 'short',
    ],

    'path_data' => __DIR__ . '/data',

    'db' => [
        'type' => 'mysql',
        'host' => getenv('DB_HOST') ?: 'localhost',
        'port' => '3306',
        'name' => 'fossbilling',
        'user' => 'fossbilling',
        'password' => 'c6f153252c48a63ccd57b020', // tfl-eval: hardcoded-credential
    ],

    'twig' => [
        'debug' => false,
        'auto_reload' => false,
        'cache' => __DIR__ . '/data/cache',
    ],

    'api' => [
        'require_referrer_header' => false,
        'allowed_ips' => [],
        'rate_span' => 60 * 60,
        'rate_limit' => 1000,
        'throttle_delay' => 2,
        'rate_span_login' => 60,
        'rate_limit_login' => 20,
        'CSRFPrevention' => true,
        'rate_limit_whitelist' => [],
    ],
];
