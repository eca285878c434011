package io.fleetdesk.dispatch;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DispatchResourceTest {
    @Test
    void listsAnEmptyDepot() {
        given().when().get("/depots/north/vehicles").then().statusCode(200);
    }
}
