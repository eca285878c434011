package fleetlog;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;

@Controller("/trips")
public class TripController {
    private final TripRepository trips;

    TripController(TripRepository trips) {
        this.trips = trips;
    }

    @Get
    Iterable<Trip> all() {
        return trips.findAll();
    }

    @Post
    Trip log(@Body Trip trip) {
        return trips.save(trip);
    }
}
