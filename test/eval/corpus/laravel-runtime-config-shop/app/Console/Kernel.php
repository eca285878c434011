<?php

namespace App\Console;

use Illuminate\Console\Scheduling\Schedule;
use Illuminate\Foundation\Console\Kernel as ConsoleKernel;

class Kernel extends ConsoleKernel
{
    protected function schedule(Schedule $schedule): void
    {
        $schedule->command('feeds:import --token=GeNyR3PnAcNKtDMMxdd5Dwi4kNCKiOI8')->hourly(); // tfl-eval: hardcoded-credential
        $schedule->command('feeds:import', ['--token' => config('services.feeds.token')])->daily(); // tfl-eval-not: hardcoded-credential
    }
}
