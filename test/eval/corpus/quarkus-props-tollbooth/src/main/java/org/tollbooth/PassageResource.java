package org.tollbooth;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Instant;
import java.util.List;
import java.util.Map;

@Path("/passages")
public class PassageResource {

    private static final Map<String, Long> TARIFF_CENTS = Map.of("car", 250L, "truck", 900L); // tfl-eval-not: memory-session-store

    @POST
    @Path("/{gate}/{vehicle}/{plate}")
    @Transactional
    public Passage record(@PathParam("gate") String gate, @PathParam("vehicle") String vehicle, @PathParam("plate") String plate) {
        Passage p = new Passage();
        p.gate = gate;
        p.plate = plate;
        p.passedAt = Instant.now();
        p.centsCharged = TARIFF_CENTS.getOrDefault(vehicle, 250L);
        p.persist();
        return p;
    }

    @GET
    @Path("/{plate}")
    public List<Passage> byPlate(@PathParam("plate") String plate) {
        return Passage.list("plate", plate);
    }
}
