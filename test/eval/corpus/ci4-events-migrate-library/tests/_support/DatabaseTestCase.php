<?php

namespace Tests\Support;

use CodeIgniter\Test\CIUnitTestCase;
use CodeIgniter\Test\DatabaseTestTrait;

abstract class DatabaseTestCase extends CIUnitTestCase
{
    use DatabaseTestTrait;

    protected $migrate = true; // tfl-eval-not: startup-migration
    protected $seed = 'Tests\Support\Database\Seeds\LoansSeeder';

    protected function setUp(): void
    {
        parent::setUp();
        $this->migrations->latest(); // tfl-eval-not: startup-migration
    }
}
