package org.fleet.gateway

import jakarta.ws.rs.GET
import jakarta.ws.rs.Path
import jakarta.ws.rs.QueryParam
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient

@RegisterRestClient(configKey = "telematics")
@ClientHeaderParam(name = "Authorization", value = ["Bearer Hz0ULPWazXqImKROw07QwD8rtJH-XC2wQmK10uG6"]) // tfl-eval: hardcoded-credential
interface TelematicsClient {
    @GET
    @Path("/vehicles")
    fun vehicles(@QueryParam("fleet") fleet: String): List<Vehicle>
}

@RegisterRestClient(configKey = "maps")
@ClientHeaderParam(name = "X-Api-Key", value = ["\${maps.api-key}"]) // tfl-eval-not: hardcoded-credential
interface MapsClient {
    @GET
    @Path("/route")
    fun route(@QueryParam("from") from: String, @QueryParam("to") to: String): Route
}

data class Vehicle(val id: String)
data class Route(val meters: Long)
