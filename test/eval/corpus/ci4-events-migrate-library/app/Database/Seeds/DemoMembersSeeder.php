<?php

namespace App\Database\Seeds;

use CodeIgniter\Database\Seeder;

class DemoMembersSeeder extends Seeder
{
    public function run()
    {
        $this->db->table('members')->insert([
            'email'    => 'reader@library.test',
            'password' => password_hash('library-demo', PASSWORD_DEFAULT), // tfl-eval-not: hardcoded-credential
        ]);
    }
}
