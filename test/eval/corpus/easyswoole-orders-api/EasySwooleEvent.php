<?php
namespace EasySwoole\EasySwoole;

use EasySwoole\EasySwoole\AbstractInterface\Event;
use EasySwoole\EasySwoole\Swoole\EventRegister;
use EasySwoole\ORM\Db\Connection;
use EasySwoole\ORM\DbManager;
use EasySwoole\Redis\Config\RedisConfig;
use EasySwoole\RedisPool\RedisPool;

class EasySwooleEvent implements Event
{
    public static function initialize()
    {
        date_default_timezone_set('Asia/Shanghai');
        $mysql = Config::getInstance()->getConf('MYSQL');
        $config = new \EasySwoole\ORM\Db\Config($mysql);
        DbManager::getInstance()->addConnection(new Connection($config));

        $reports = new \EasySwoole\ORM\Db\Config();
        $reports->setHost('rm-reports.mysql.rds.aliyuncs.com'); // tfl-eval: hardcoded-backing-service
        $reports->setUser('reports');
        $reports->setPassword('Rp6wMn8xKq2Vz4'); // tfl-eval: hardcoded-credential
        DbManager::getInstance()->addConnection(new Connection($reports), 'reports');

        $redis = Config::getInstance()->getConf('REDIS');
        RedisPool::getInstance()->register(new RedisConfig($redis));
    }

    public static function mainServerCreate(EventRegister $register)
    {
    }
}
