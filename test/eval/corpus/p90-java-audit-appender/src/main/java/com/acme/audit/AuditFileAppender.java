package com.acme.audit;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;

/** Writes audit events to audit/<day>.log, one line each. */
public class AuditFileAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {
    private String directory = "audit";

    public void setDirectory(String directory) {
        this.directory = directory;
    }

    @Override
    protected void append(ILoggingEvent event) {
        Path file = Path.of(directory, LocalDate.now() + ".log");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, event.getFormattedMessage() + System.lineSeparator(), StandardCharsets.UTF_8, // tfl-eval: file-logger
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            addError("cannot write " + file, e);
        }
    }
}
