<?php

namespace Database\Seeders;

use App\Models\User;
use Illuminate\Database\Seeder;

class DatabaseSeeder extends Seeder
{
    public function run(): void
    {
        User::factory()->create([
            'name' => 'Store Admin',
            'email' => 'admin@shopfront.test',
            'password' => bcrypt('admin12345'), // tfl-eval-not: hardcoded-credential
        ]);
    }
}
