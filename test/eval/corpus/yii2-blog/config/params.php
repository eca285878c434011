<?php

return [
    'adminEmail' => 'admin@blog.example',
    'senderEmail' => 'noreply@blog.example',
    'senderName' => 'Blog mailer',
    'user.passwordResetTokenExpire' => 3600, // tfl-eval-not: hardcoded-credential
    'user.passwordMinLength' => 8, // tfl-eval-not: hardcoded-credential
    'recaptcha.siteKey' => '6LIjDcuDOUYCBpWYpgJ86fDeFjJbgjECHXSH17O0', // tfl-eval-not: hardcoded-credential
    'recaptcha.secretKey' => '6LgmtHSVJI2vP_YAZc08qnO7lhAR02IYIyQ6f_r7', // tfl-eval: hardcoded-credential
];
