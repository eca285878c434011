package net.larkspur.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NightlyOpsTest {
    @Test
    void restorePrompts() {
        assertEquals(List.of("mysql", "-u", "restore", "-p", "shop"), NightlyOps.interactiveRestore("shop"));
    }

    @Test
    void dumpAgainstTestcontainer() throws Exception {
        // Testcontainers' MySQL module uses test/test.
        new ProcessBuilder("mysqldump", "-u", "test", "-ptest", "test").start().waitFor(); // tfl-eval-not: hardcoded-credential
    }
}
