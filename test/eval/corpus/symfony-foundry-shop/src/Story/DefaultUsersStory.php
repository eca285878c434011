<?php

namespace App\Story;

use App\Factory\UserFactory;
use Zenstruck\Foundry\Story;

final class DefaultUsersStory extends Story
{
    public function build(): void
    {
        UserFactory::createOne(['email' => 'admin@shop.test', 'plainPassword' => 'admin-shop-pass', 'roles' => ['ROLE_ADMIN']]); // tfl-eval-not: hardcoded-credential
        UserFactory::createMany(10);
    }
}
