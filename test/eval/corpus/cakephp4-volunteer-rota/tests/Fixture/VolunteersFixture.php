<?php
declare(strict_types=1);

namespace App\Test\Fixture;

use Cake\TestSuite\Fixture\TestFixture;

class VolunteersFixture extends TestFixture
{
    public array $records = [
        ['id' => 1, 'email' => 'alex@rota.test', 'password' => 'fixture-pass-1'], // tfl-eval-not: hardcoded-credential
    ];
}
