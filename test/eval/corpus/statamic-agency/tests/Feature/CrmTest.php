<?php

namespace Tests\Feature;

use Tests\TestCase;

class CrmTest extends TestCase
{
    public function test_submission_is_pushed(): void
    {
        config(['services.crm.password' => 'secret']); // tfl-eval-not: hardcoded-credential
        $this->post('/!/forms/contact', ['email' => 'a@b.test'])->assertRedirect();
    }
}
