package com.kennel.resources;

import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

@Path("/boardings")
@Produces(MediaType.APPLICATION_JSON)
public class BoardingResource {
    private final Jdbi jdbi;

    public BoardingResource(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @GET
    public List<String> mine(@Context HttpSession session) {
        Object owner = session.getAttribute("ownerId");
        return jdbi.withHandle(h -> h.createQuery("select dog_name from boardings where owner_id = :o")
                .bind("o", String.valueOf(owner)).mapTo(String.class).list());
    }
}
