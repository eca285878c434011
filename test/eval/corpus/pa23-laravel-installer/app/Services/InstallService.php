<?php

namespace App\Services;

use App\Models\User;
use Illuminate\Support\Facades\Hash;

class InstallService
{
    public function createDefaultAccounts(): void
    {
        User::firstOrCreate(['email' => 'admin@example.com'], [
            'name' => 'Administrator',
            'password' => Hash::make('secret'), // tfl-eval-not: hardcoded-credential
        ]);
        User::firstOrCreate(['email' => 'editor@example.com'], [
            'name' => 'Editor',
            'password' => bcrypt('editor123'), // tfl-eval-not: hardcoded-credential
        ]);
    }

    public function signLicense(string $payload): string
    {
        return hash_hmac('sha256', $payload, 'xBlhlDNRELBRIqe9lIHjni3f'); // tfl-eval: hardcoded-credential
    }
}
