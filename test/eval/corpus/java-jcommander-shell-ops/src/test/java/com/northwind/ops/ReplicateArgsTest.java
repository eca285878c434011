package com.northwind.ops;

import com.beust.jcommander.JCommander;
import com.northwind.ops.cli.ReplicateArgs;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReplicateArgsTest {
    @Test
    void parsesPassword() {
        ReplicateArgs args = new ReplicateArgs();
        JCommander.newBuilder().addObject(args).build()
                .parse("--source-url", "jdbc:h2:mem:x", "--source-password", "test-only-pw");
        assertEquals("test-only-pw", args.sourcePassword);
    }
}
