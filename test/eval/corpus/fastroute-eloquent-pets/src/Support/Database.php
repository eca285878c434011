<?php

namespace Pets\Support;

use Illuminate\Database\Capsule\Manager as Capsule;
use Illuminate\Database\Schema\Blueprint;

final class Database
{
    public static function boot(): Capsule
    {
        $capsule = new Capsule();
        $capsule->addConnection([
            'driver' => 'pgsql',
            'url' => getenv('DATABASE_URL'),
        ]);
        $capsule->setAsGlobal();
        $capsule->bootEloquent();
        return $capsule;
    }

    public static function ensureSchema(): void
    {
        if (!Capsule::schema()->hasTable('adoption_requests')) {
            Capsule::schema()->create('adoption_requests', function (Blueprint $table) {
                $table->id();
                $table->string('pet');
                $table->string('applicant');
                $table->timestamps();
            });
        }
    }
}
