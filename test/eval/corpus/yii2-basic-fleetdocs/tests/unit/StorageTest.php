<?php

use app\components\Storage;

class StorageTest extends \Codeception\Test\Unit
{
    public function testClientIsBuilt()
    {
        $this->assertNotNull((new Storage())->client());
    }
}
