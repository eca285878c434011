<?php

namespace App\Services;

use Illuminate\Support\Facades\Http;

class GoodreadsClient
{
    private const BASE_URL = 'https://www.goodreads.com';
    private const API_KEY = 'bookclub-reader'; // tfl-eval: hardcoded-credential
    private const API_SECRET = 'XsG3e9tI83JSVjZMgGT1VVugQwdh1TL5uEektRK1'; // tfl-eval: hardcoded-credential

    public function reviews(string $isbn): array
    {
        return Http::withBasicAuth(self::API_KEY, self::API_SECRET)
            ->timeout(5)
            ->get(self::BASE_URL.'/book/isbn/'.$isbn)
            ->json('reviews', []);
    }
}
