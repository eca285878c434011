<?php

use Illuminate\Database\Seeder;
use Illuminate\Support\Facades\Artisan;

class DatabaseSeeder extends Seeder
{
    public function run()
    {
        Artisan::call('migrate:fresh'); // tfl-eval-not: startup-migration
        $this->call(UsersTableSeeder::class);
    }
}
