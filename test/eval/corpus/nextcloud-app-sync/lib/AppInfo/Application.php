<?php

declare(strict_types=1);

namespace OCA\AcmeSync\AppInfo;

use OCP\AppFramework\App;
use OCP\AppFramework\Bootstrap\IBootContext;
use OCP\AppFramework\Bootstrap\IBootstrap;
use OCP\AppFramework\Bootstrap\IRegistrationContext;

class Application extends App implements IBootstrap
{
    public const APP_ID = 'acmesync';
    public const CRM_API_KEY = '21305f3a5ad8edc8d4cdd59e15a19e45'; // tfl-eval: hardcoded-credential

    public function __construct()
    {
        parent::__construct(self::APP_ID);
    }

    public function register(IRegistrationContext $context): void
    {
    }

    public function boot(IBootContext $context): void
    {
    }
}