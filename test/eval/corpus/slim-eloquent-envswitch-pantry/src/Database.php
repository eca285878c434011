<?php

declare(strict_types=1);

namespace Pantry;

use Illuminate\Database\Capsule\Manager as Capsule;

final class Database
{
    public static function boot(array $settings): Capsule
    {
        $capsule = new Capsule();
        $capsule->addConnection($settings['db']);
        $capsule->setAsGlobal();
        $capsule->bootEloquent();
        return $capsule;
    }
}
