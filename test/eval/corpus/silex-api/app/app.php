<?php

use Silex\Application;
use Silex\Provider\DoctrineServiceProvider;
use Silex\Provider\SecurityServiceProvider;
use Silex\Provider\SwiftmailerServiceProvider;

$app = new Application();

$app->register(new DoctrineServiceProvider(), array(
    'db.options' => array(
        'driver'   => 'pdo_pgsql',
        'host'     => 'pg.events.internal', // tfl-eval: hardcoded-backing-service
        'dbname'   => 'events',
        'user'     => 'events_api',
        'password' => 'Ev3nts_Silex!', // tfl-eval: hardcoded-credential
    ),
));

$app->register(new SwiftmailerServiceProvider(), array(
    'swiftmailer.options' => array(
        'host'       => 'smtp.sendgrid.net', // tfl-eval: hardcoded-backing-service
        'port'       => 587,
        'username'   => 'apikey',
        'password'   => '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', // tfl-eval: hardcoded-credential
        'encryption' => 'tls',
    ),
));

$app->register(new SecurityServiceProvider(), array(
    'security.firewalls' => array(
        'admin' => array(
            'pattern' => '^/admin',
            'http'    => true,
            'users'   => array(
                // bcrypt of the admin password, generated with security.encoder.bcrypt
                'admin' => array('ROLE_ADMIN', '$2y$13$uN3m9cVbq0y5WkR7LzA1nOeJb4pT8sXhD2fGiQ6vKcM0lZrYwEoSa'), // tfl-eval-not: hardcoded-credential
            ),
        ),
    ),
));

$app['stripe.secret'] = 'sk_live_Wt0QjMLze57EYmMUFRBzOXao'; // tfl-eval: hardcoded-credential
$app['jwt.secret'] = 'c2lsZXgtand0LXNpZ25pbmcta2V5LTIwMTk='; // tfl-eval: hardcoded-credential

return $app;
