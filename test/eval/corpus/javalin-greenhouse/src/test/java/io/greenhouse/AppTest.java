package io.greenhouse;

import io.javalin.Javalin;
import org.junit.jupiter.api.Test;

class AppTest {
    @Test
    void starts() {
        Javalin app = Javalin.create().start(7071); // tfl-eval-not: hardcoded-port
        app.stop();
    }
}
