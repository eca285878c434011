<?php

namespace App\Providers;

use Illuminate\Support\ServiceProvider;
use Illuminate\Support\Str;

class AuthServiceProvider extends ServiceProvider
{
    public function boot(): void
    {
        $this->tokenKeys();
    }

    private function tokenKeys(): void
    {
        $this->signingSecret = Str::random(64); // tfl-eval: per-process-secret
    }

    public function rotatedSecret(): string
    {
        // Called by the admin controller's rotate action, never at boot.
        $this->signingSecret = Str::random(64); // tfl-eval-not: per-process-secret
        return $this->signingSecret;
    }
}
