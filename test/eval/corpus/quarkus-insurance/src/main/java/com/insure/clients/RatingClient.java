package com.insure.clients;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@RegisterRestClient(configKey = "rating")
@ClientHeaderParam(name = "Authorization", value = "Bearer E3UyP4TzAE8TJooSgMYpIYA6oKJ8w7YT") // tfl-eval: hardcoded-credential
public interface RatingClient {

    @GET
    @Path("/quotes")
    String quotes();
}
