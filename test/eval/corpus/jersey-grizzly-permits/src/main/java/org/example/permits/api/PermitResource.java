package org.example.permits.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import javax.sql.DataSource;

@Path("/permits")
@Produces(MediaType.APPLICATION_JSON)
public class PermitResource {
    public static final String API_KEY_HEADER = "X-Permits-Key";
    public static final String TOKEN_TYPE_BEARER = "Bearer";
    public static final String PASSWORD_POLICY = "Passwords need 12 characters or more";

    private final DataSource dataSource;

    public PermitResource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @GET
    @Path("/{id}")
    public Map<String, Object> get(@PathParam("id") String id, @HeaderParam(API_KEY_HEADER) String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            throw new NotAuthorizedException(TOKEN_TYPE_BEARER);
        }
        return Map.of("id", id, "status", "issued");
    }
}
