<?php

use CodeIgniter\Test\CIUnitTestCase;

final class VoucherTest extends CIUnitTestCase
{
    public function testSigns(): void
    {
        putenv('VOUCHER_SIGNING_KEY=test-key');
        $this->assertNotEmpty((new \App\Libraries\Voucher())->sign('A1'));
    }
}
