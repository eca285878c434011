<?php

namespace Tests\Feature;

use Tests\TestCase;

class BoardTest extends TestCase
{
    public function test_board_loads(): void
    {
        config(['cache.default' => 'array']);
        $this->get('/board')->assertOk();
    }
}
