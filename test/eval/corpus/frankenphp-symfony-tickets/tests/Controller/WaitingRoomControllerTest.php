<?php

namespace App\Tests\Controller;

use Symfony\Bundle\FrameworkBundle\Test\WebTestCase;

final class WaitingRoomControllerTest extends WebTestCase
{
    private static array $sessions = [];

    public function testJoinGivesAPosition(): void
    {
        $client = static::createClient();
        $client->request('POST', '/queue/join');
        self::$sessions[$client->getCookieJar()->get('PHPSESSID')?->getValue() ?? 'none'] = true;
        self::assertResponseIsSuccessful();
    }
}
