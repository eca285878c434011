<?php

return [
    'adminEmail' => 'reservations@hotel-booking.test',
    'senderName' => 'Hotel Booking',
    'user.passwordResetTokenExpire' => 3600, // tfl-eval-not: hardcoded-credential
    'user.passwordMinLength' => 8, // tfl-eval-not: hardcoded-credential
    'stripe.publishableKey' => 'pk_live_JEVGKMjKbiA8PO3fKpPlTaAm',
    'stripe.secretKey' => 'sk_live_yxoVdOHeYQbFJUajH39hnUv6', // tfl-eval: hardcoded-credential
    'channelManager.apiToken' => 'c1b712117cc7e22305aaedfd0f70fc4ac6d21607', // tfl-eval: hardcoded-credential
];
