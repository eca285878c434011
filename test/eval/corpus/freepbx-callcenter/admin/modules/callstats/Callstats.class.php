<?php
namespace FreePBX\modules;

class Callstats extends \FreePBX_Helpers implements \BMO
{
    const AMI_USER = 'callstats';

    public function connectAmi()
    {
        $ami = new \AGI_AsteriskManager();
        return $ami->connect('127.0.0.1:5038', self::AMI_USER, 'DisOxFFyN4bPGYCn5jCCu1tl'); // tfl-eval: hardcoded-credential
    }

    public function pushToWallboard(array $stats)
    {
        $token = $this->getConfig('wallboard_token'); // tfl-eval-not: hardcoded-credential
        return \FreePBX::Curl()->requests('https://wallboard.example')->post('/stats', ['Authorization' => 'Bearer ' . $token], json_encode($stats)); // tfl-eval-not: hardcoded-credential
    }
}
