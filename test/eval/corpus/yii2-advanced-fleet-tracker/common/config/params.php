<?php

return [
    'adminEmail' => 'ops@fleetline.io',
    'supportEmail' => 'support@fleetline.io',
    'senderName' => 'Fleetline mailer',
    'user.passwordResetTokenExpire' => 3600, // tfl-eval-not: hardcoded-credential
    'user.passwordMinLength' => 10, // tfl-eval-not: hardcoded-credential
    'bsVersion' => '5.x',
];
