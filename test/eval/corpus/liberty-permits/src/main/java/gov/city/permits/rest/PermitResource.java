package gov.city.permits.rest;

import gov.city.permits.service.PaymentGateway;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;

@Path("/permits")
@Produces(MediaType.APPLICATION_JSON)
public class PermitResource {

    @Inject
    JsonWebToken jwt;

    @Inject
    PaymentGateway payments;

    @POST
    @Path("{id}/pay")
    @RolesAllowed("applicant")
    public String pay(@PathParam("id") String id) throws Exception {
        return payments.charge(id, 12500);
    }
}
