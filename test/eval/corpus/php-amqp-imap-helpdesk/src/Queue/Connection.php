<?php

namespace Helpdesk\Queue;

use PhpAmqpLib\Connection\AMQPStreamConnection;

final class Connection
{
    public static function open(): AMQPStreamConnection
    {
        return new AMQPStreamConnection('rabbit.helpdesk.internal', 5672, 'helpdesk', 'ajWrW9tLIy0D6cKAO7M2', '/tickets'); // tfl-eval: hardcoded-credential, hardcoded-backing-service
    }

    public static function fromEnv(): AMQPStreamConnection
    {
        return new AMQPStreamConnection(getenv('AMQP_HOST'), 5672, getenv('AMQP_USER'), getenv('AMQP_PASSWORD')); // tfl-eval-not: hardcoded-credential
    }
}
