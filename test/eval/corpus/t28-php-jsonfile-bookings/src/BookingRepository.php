<?php

namespace App;

// Each guest's bookings, kept in a JSON file under the app.
class BookingRepository
{
    private string $file;

    public function __construct()
    {
        $this->file = __DIR__ . '/../storage/bookings.json';
    }

    public function all(): array
    {
        if (!is_file($this->file)) {
            return [];
        }
        return json_decode(file_get_contents($this->file), true) ?? [];
    }

    public function save(array $booking): void
    {
        $bookings = $this->all();
        $bookings[] = $booking;
        file_put_contents($this->file, json_encode($bookings, JSON_PRETTY_PRINT)); // tfl-eval: memory-session-store
    }
}
