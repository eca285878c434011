package io.rostering

import jakarta.ws.rs.GET
import jakarta.ws.rs.Path

@Path("/shifts")
class ShiftResource {
    @GET
    fun list(): List<Shift> = Shift.listAll()
}
