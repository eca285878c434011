<?php

namespace Database\Seeders;

use App\Models\User;
use Illuminate\Database\Seeder;
use Illuminate\Support\Facades\Hash;

class DatabaseSeeder extends Seeder
{
    public function run(): void
    {
        User::factory(20)->create();

        User::create([
            'name' => 'Forum Admin',
            'email' => 'admin@forum.test',
            'password' => Hash::make('forum-admin-2024'), // tfl-eval-not: hardcoded-credential
            'is_admin' => true,
        ]);
    }
}
