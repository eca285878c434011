package io.fleetdesk.dispatch;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@Path("/depots/{depot}/vehicles")
public class DispatchResource {

    @ConfigProperty(name = "fleetdesk.dispatch.max-batch", defaultValue = "25")
    int maxBatch;

    @GET
    public List<Vehicle> list(@PathParam("depot") String depot) {
        return Vehicle.list("depot", depot);
    }

    @POST
    @Transactional
    public Response add(@PathParam("depot") String depot, Vehicle vehicle) {
        vehicle.depot = depot;
        vehicle.persist();
        return Response.status(Response.Status.CREATED).entity(vehicle).build();
    }
}
