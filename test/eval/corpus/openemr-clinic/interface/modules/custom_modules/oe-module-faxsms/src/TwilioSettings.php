<?php

namespace OpenEMR\Modules\FaxSMS;

class TwilioSettings
{
    // Vendor credentials are stored encrypted in the module's settings table, not here.
    public const ACCOUNT_SID_FIELD = 'twilio_account_sid';
    public const AUTH_TOKEN_FIELD = 'twilio_auth_token';

    public function credentials(CryptoGen $crypto, array $row): array
    {
        return [
            'sid' => $row[self::ACCOUNT_SID_FIELD] ?? '',
            'token' => $crypto->decryptStandard($row[self::AUTH_TOKEN_FIELD] ?? ''),
            'from' => $row['twilio_from'] ?? '',
        ];
    }

    public function placeholders(): array
    {
        return ['token' => 'Enter your Twilio auth token', 'sid' => 'ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'];
    }
}
