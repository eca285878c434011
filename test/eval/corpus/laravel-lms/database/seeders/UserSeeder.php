<?php

namespace Database\Seeders;

use App\Models\User;
use Illuminate\Database\Seeder;
use Illuminate\Support\Facades\Hash;

class UserSeeder extends Seeder
{
    public function run(): void
    {
        User::create([
            'name' => 'Admin',
            'email' => 'admin@lms.test',
            'password' => Hash::make('Admin@12345'), // tfl-eval-not: hardcoded-credential
            'api_token' => 'demo-token-123', // tfl-eval-not: hardcoded-credential
        ]);
    }
}
