package com.pawsandclaws.kennel;

import java.time.LocalDate;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/bookings")
class BookingController {
    private final BookingRepository bookings;
    private final int maxNights;

    BookingController(BookingRepository bookings, @Value("${kennel.boarding.max-nights}") int maxNights) {
        this.bookings = bookings;
        this.maxNights = maxNights;
    }

    @GetMapping
    List<Booking> upcoming() {
        return bookings.findByCheckInAfter(LocalDate.now().minusDays(1));
    }

    @PostMapping
    Booking create(@RequestBody Booking booking) {
        if (booking.nights() > maxNights) throw new IllegalArgumentException("stay too long");
        return bookings.save(booking);
    }
}
