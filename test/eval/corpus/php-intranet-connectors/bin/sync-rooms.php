<?php
// Nightly: pulls meeting rooms from the facilities SOAP service.
require __DIR__ . '/../vendor/autoload.php';

$client = new SoapClient('https://facilities.corp.example/RoomService?wsdl', [
    'login'    => 'intranet',
    'password' => 'eZdP+v0eA8D9IBy%', // tfl-eval: hardcoded-credential
    'cache_wsdl' => WSDL_CACHE_MEMORY,
]);
$rooms = $client->__soapCall('ListRooms', []);
file_put_contents('php://stdout', json_encode($rooms) . PHP_EOL);
