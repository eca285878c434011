<?php

namespace App\Console\Commands;

use App\Models\User;
use Illuminate\Console\Command;
use Illuminate\Support\Facades\Hash;

class SeedDemoAccounts extends Command
{
    protected $signature = 'forum:seed-demo';
    protected $description = 'Create the demo moderator accounts used in workshops';

    public function handle(): int
    {
        foreach (['mod1' => 'moderator-one', 'mod2' => 'moderator-two'] as $name => $password) {
            User::updateOrCreate(['email' => "$name@forum.test"], ['name' => $name, 'password' => Hash::make($password)]);
        }
        User::updateOrCreate(['email' => 'support@forum.test'], ['password' => Hash::make('Supp0rt-Desk!')]); // tfl-eval-not: hardcoded-credential
        $this->info('Demo moderators created');
        return self::SUCCESS;
    }
}
