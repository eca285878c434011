<?php

class ChannelManager
{
    const ENDPOINT = 'https://api.channelmanager.example/v2/';
    const HOTEL_ID = 'HV-1182';
    const API_TOKEN = 'd8f3a1c6e9b2d5f7a0c4e8b1d6f9a3c5'; // tfl-eval: hardcoded-credential

    public function pushAvailability(array $rooms): bool
    {
        $ch = curl_init(self::ENDPOINT . 'availability');
        curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: Token ' . self::API_TOKEN]); // tfl-eval-not: hardcoded-credential
        curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode(['hotel' => self::HOTEL_ID, 'rooms' => $rooms]));
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
        return curl_exec($ch) !== false;
    }
}
