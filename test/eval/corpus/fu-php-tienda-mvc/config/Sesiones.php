<?php
class Sesiones
{
    private $host;
    private $puerto = 6379;

    public function __construct()
    {
        $this->host = getenv('REDIS_HOST') ?: 'localhost';
    }

    public function cliente(): Redis
    {
        $redis = new Redis();
        $redis->connect($this->host, $this->puerto);
        return $redis;
    }
}
