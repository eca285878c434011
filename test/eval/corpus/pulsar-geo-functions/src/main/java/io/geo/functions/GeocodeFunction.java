package io.geo.functions;

import com.google.maps.GeoApiContext;
import com.google.maps.GeocodingApi;
import com.google.maps.model.GeocodingResult;
import org.apache.pulsar.functions.api.Context;
import org.apache.pulsar.functions.api.Function;

public class GeocodeFunction implements Function<String, String> {

    private GeoApiContext geo;

    @Override
    public void initialize(Context context) {
        String key = (String) context.getUserConfigValueOrDefault("mapsApiKey", "AIzawuovxpFutkJGI9bYbZMrLQ5GW1nez8WLhBS"); // tfl-eval: hardcoded-credential
        geo = new GeoApiContext.Builder().apiKey(key).build();
    }

    @Override
    public String process(String address, Context context) throws Exception {
        GeocodingResult[] results = GeocodingApi.geocode(geo, address).await();
        return results.length == 0 ? "" : results[0].geometry.location.toString();
    }
}
