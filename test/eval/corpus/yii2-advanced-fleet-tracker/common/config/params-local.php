<?php

return [
    'mapbox.accessToken' => 'pk.eyJ1IjoiZmxlZXRsaW5lIiwiYSI6ImNspbtoqNohtJHI7GxOIn0.vqsHZ8wo6plsxbNbh7i0bJ', // tfl-eval-not: hardcoded-credential
    'telematics.apiKey' => 'b6dfba09a7f2a04b128fc94b8a1f1364dd925593', // tfl-eval: hardcoded-credential
    'telematics.baseUrl' => 'https://api.geotab-partner.example/v1',
    'jwt.secret' => getenv('FLEET_JWT_SECRET') ?: '', // tfl-eval-not: hardcoded-credential
];
