<?php
use GatewayWorker\Lib\Gateway;
use Workerman\MySQL\Connection;

class Events
{
    /** @var Connection */
    public static $db;
    /** @var \Redis */
    public static $redis;

    public static function onWorkerStart($worker)
    {
        self::$db = new Connection('10.8.0.5', '3306', 'chat_app', 'W0rkerm@n-chat', 'chat'); // tfl-eval: hardcoded-credential
        self::$redis = new \Redis();
        self::$redis->connect('10.8.0.6', 6379); // tfl-eval: hardcoded-backing-service
        self::$redis->auth('ch4tRedis_2020'); // tfl-eval: hardcoded-credential
    }

    public static function onMessage($client_id, $message)
    {
        $data = json_decode($message, true);
        if (!$data) {
            return;
        }
        switch ($data['type']) {
            case 'login':
                $user = self::$db->select('id,nickname,password_hash')->from('users')
                    ->where('nickname = :nick')->bindValues(['nick' => $data['nickname']])->row();
                if (!$user || !password_verify($data['password'], $user['password_hash'])) { // tfl-eval-not: hardcoded-credential
                    Gateway::sendToClient($client_id, json_encode(['type' => 'error', 'msg' => 'wrong password']));
                    return;
                }
                $_SESSION['uid'] = $user['id'];
                Gateway::joinGroup($client_id, $data['room']);
                return;
            case 'say':
                Gateway::sendToGroup($data['room'], json_encode(['type' => 'say', 'from' => $_SESSION['uid'], 'content' => $data['content']]));
                return;
        }
    }
}
