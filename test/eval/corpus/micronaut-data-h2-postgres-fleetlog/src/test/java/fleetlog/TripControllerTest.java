package fleetlog;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

@MicronautTest
class TripControllerTest {
    @Test
    void starts() {
    }
}
