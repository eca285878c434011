package gov.city.permits.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;

@ApplicationScoped
public class GisClient {

    private static final String API_KEY = "AAPK3f9c2a71d0be4c8e9a6b5f4d3c2b1a09fE7kQ2xV9pLw4RtN8bZc3HfJmS7"; // tfl-eval: hardcoded-credential

    private final Client client = ClientBuilder.newClient();

    public String parcel(String parcelId) {
        return client.target("https://gis.city.example.gov/arcgis/rest/services/Parcels/MapServer/0/query")
                .queryParam("where", "PARCEL_ID='" + parcelId + "'")
                .queryParam("f", "json")
                .queryParam("token", API_KEY)
                .request()
                .get(String.class);
    }
}
