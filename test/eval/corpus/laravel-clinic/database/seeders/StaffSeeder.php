<?php

namespace Database\Seeders;

use App\Models\User;
use Illuminate\Database\Seeder;
use Illuminate\Support\Facades\Hash;

class StaffSeeder extends Seeder
{
    public function run(): void
    {
        User::create([
            'name' => 'Dr. Empfang',
            'email' => 'empfang@clinic.test',
            'password' => Hash::make('meadow18$'), // tfl-eval-not: hardcoded-credential
        ]);
    }
}
