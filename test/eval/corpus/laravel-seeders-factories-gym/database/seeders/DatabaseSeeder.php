<?php

namespace Database\Seeders;

use App\Models\User;
use Illuminate\Database\Seeder;
use Illuminate\Support\Facades\Hash;

class DatabaseSeeder extends Seeder
{
    public function run(): void
    {
        User::factory()->create([
            'name' => 'Front Desk',
            'email' => 'desk@gym.test',
            'password' => Hash::make('front-desk-2024'),
        ]);
        $this->call(ClassScheduleSeeder::class);
    }
}
