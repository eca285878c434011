<?php

namespace Database\Seeders;

use Illuminate\Database\Seeder;
use Illuminate\Support\Facades\DB;

class DatabaseSeeder extends Seeder
{
    public function run(): void
    {
        $pdo = new \PDO('pgsql:host=localhost;dbname=venues', 'venues', ''); // tfl-eval-not: hardcoded-backing-service
        DB::table('venues')->insert([
            ['name' => 'Old Mill Hall', 'capacity' => 220],
            ['name' => 'Riverside Loft', 'capacity' => 80],
        ]);
    }
}
