<?php

namespace Tests\Feature;

use Illuminate\Support\Facades\Storage;
use Tests\TestCase;

class SubmissionTest extends TestCase
{
    public function test_it_stores_the_attachment(): void
    {
        Storage::fake('s3');
        config(['session.driver' => 'array', 'logging.default' => 'single']);
        $this->post('/submissions')->assertCreated();
    }
}
