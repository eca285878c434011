<?php
declare(strict_types=1);

// tfl-eval-next-line: hardcoded-backing-service
$conn = pg_connect('host=pg-kiosk.shop.internal port=5432 dbname=kiosk user=kiosk password=' . getenv('KIOSK_DB_PASSWORD'));
if ($conn === false) {
    throw new RuntimeException('database unavailable');
}
return $conn;
