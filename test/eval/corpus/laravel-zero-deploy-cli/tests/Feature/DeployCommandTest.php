<?php

it('fails without a server', function () {
    config(['deploy.forge.token' => 'test-token']); // tfl-eval-not: hardcoded-credential
    $this->artisan('deploy', ['server' => 'nope'])->assertExitCode(1);
});
