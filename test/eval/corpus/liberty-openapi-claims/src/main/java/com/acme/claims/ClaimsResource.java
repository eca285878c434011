package com.acme.claims;

import jakarta.annotation.Resource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import javax.sql.DataSource;

@Path("/claims")
public class ClaimsResource {
    @Resource(lookup = "jdbc/claims")
    DataSource claims;

    @GET
    public String list() {
        return "[]";
    }
}
