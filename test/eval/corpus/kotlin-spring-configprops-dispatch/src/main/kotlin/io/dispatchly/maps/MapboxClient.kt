package io.dispatchly.maps

import org.springframework.web.reactive.function.client.WebClient

object MapboxKeys {
    const val PUBLIC_STYLE_TOKEN = "pk.eyJ1IjoiZGlzcGF0Y2hseSIsImEiOiJOl2i4bZWPXDdM1IkNEtkIn0.iwiDsmWKHkLKHipQDrilVG" // tfl-eval-not: hardcoded-credential
    const val UPLOADS_TOKEN = "sk.eyJ1IjoiZGlzcGF0Y2hseSIsImEiOiJRXSDkwPUTE1IthGrCN7BIn0.iAXxxLd484Q2qfUSwLUKCF" // tfl-eval: hardcoded-credential
}

class MapboxClient(private val web: WebClient = WebClient.create("https://api.mapbox.com")) {

    companion object {
        private const val GEOCODER_SECRET = "ZP5aOAfZ6tPVPLbGlBaeHAt2VCVIj6HQ" // tfl-eval: hardcoded-credential
        private const val SECRET_HEADER = "X-Geocoder-Secret" // tfl-eval-not: hardcoded-credential
    }

    private val fallbackToken by lazy { System.getenv("MAPBOX_TOKEN") ?: "6al5RK1n3pgjLTkm1RsIowxGIOlvKVxP2QiAQDGV" } // tfl-eval: hardcoded-credential

    fun geocode(q: String) = web.get()
        .uri { it.path("/geocoding/v5/mapbox.places/{q}.json").queryParam("access_token", fallbackToken).build(q) }
        .header(SECRET_HEADER, GEOCODER_SECRET)
        .retrieve()
}
