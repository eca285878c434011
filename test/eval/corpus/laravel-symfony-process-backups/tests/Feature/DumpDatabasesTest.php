<?php

namespace Tests\Feature;

use Illuminate\Support\Facades\Process;
use Tests\TestCase;

class DumpDatabasesTest extends TestCase
{
    public function test_dump_runs_every_database(): void
    {
        Process::fake();
        $this->artisan('backups:dump')->assertSuccessful();
        Process::assertRan(fn ($process) => $process->command[0] === 'mysqldump');
        // The CI MySQL service container's root password.
        Process::run(['mysql', '-u', 'root', '-psecret', '-e', 'select 1']); // tfl-eval-not: hardcoded-credential
    }
}
