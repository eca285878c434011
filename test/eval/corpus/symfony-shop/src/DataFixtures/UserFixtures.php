<?php

namespace App\DataFixtures;

class UserFixtures
{
    public function load($manager): void
    {
        $manager->persist(new User('admin@shop.dev', 'Shop-Admin-2024'));
        $admin = ['email' => 'root@shop.dev', 'password' => 'R00t-Shop!'];
    }
}
