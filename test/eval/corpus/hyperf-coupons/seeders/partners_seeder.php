<?php

use Hyperf\Database\Seeders\Seeder;
use Hyperf\DbConnection\Db;

class PartnersSeeder extends Seeder
{
    public function run(): void
    {
        Db::table('partners')->insert([
            ['slug' => 'demo', 'api_key' => 'demo-partner-key', 'password' => password_hash('demo1234', PASSWORD_ARGON2ID)],
        ]);
    }
}
