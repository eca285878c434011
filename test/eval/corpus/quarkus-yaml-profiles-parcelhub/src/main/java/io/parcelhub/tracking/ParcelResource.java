package io.parcelhub.tracking;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/parcels")
@Produces(MediaType.APPLICATION_JSON)
public class ParcelResource {

    @GET
    @Path("/{id}")
    public Parcel get(@PathParam("id") long id) {
        return Parcel.findById(id);
    }
}
