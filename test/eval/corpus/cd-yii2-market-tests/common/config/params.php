<?php
return [
    'adminEmail' => 'admin@market.example.com',
    'supportEmail' => 'support@market.example.com',
    'user.passwordResetTokenExpire' => 3600,
    // aliyun sms (legacy AccessKey pair)
    'aliyunSms.accessKeyId' => 'LTAIA7yZ64WsLqQO', // tfl-eval: hardcoded-credential
    'aliyunSms.signName' => 'Market',
];
