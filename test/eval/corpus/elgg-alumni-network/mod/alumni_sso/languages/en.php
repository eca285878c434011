<?php

return [
    'alumni_sso:settings:client_secret' => 'Client secret issued by the identity provider',
    'alumni_sso:error:password' => 'Your password could not be verified.',
];
