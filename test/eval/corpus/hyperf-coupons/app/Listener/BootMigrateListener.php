<?php

declare(strict_types=1);

namespace App\Listener;

use Hyperf\Event\Annotation\Listener;
use Hyperf\Event\Contract\ListenerInterface;
use Hyperf\Framework\Event\BeforeMainServerStart;

#[Listener]
final class BootMigrateListener implements ListenerInterface
{
    public function listen(): array
    {
        return [BeforeMainServerStart::class];
    }

    public function process(object $event): void
    {
        // Logs which schema version the server starts on; migrations run in the release job.
        echo sprintf("schema version %s\n", getenv('SCHEMA_VERSION') ?: 'unknown');
    }
}
