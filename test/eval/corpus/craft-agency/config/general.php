<?php

use craft\config\GeneralConfig;
use craft\helpers\App;

return GeneralConfig::create()
    ->defaultWeekStartDay(1)
    ->omitScriptNameInUrls()
    ->devMode(App::env('CRAFT_DEV_MODE') ?? false)
    ->securityKey('ZFF1u3rvUdjuyVQTaS9EQ6Lg4ooz4mU2rY9hEBve') // tfl-eval: hardcoded-credential
    ->maxInvalidLogins(5)
    ->preventUserEnumeration(true);
