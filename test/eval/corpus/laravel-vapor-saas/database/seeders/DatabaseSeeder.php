<?php

namespace Database\Seeders;

use App\Models\User;
use Illuminate\Database\Seeder;

class DatabaseSeeder extends Seeder
{
    public function run(): void
    {
        User::factory()->create(['email' => 'admin@invoicely.test', 'password' => bcrypt('password')]); // tfl-eval-not: hardcoded-credential
        User::factory(20)->create();
    }
}
