package com.acme.audit;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** Hands events to the shipper thread, which posts them to the audit service. */
public class QueueAppender extends AppenderBase<ILoggingEvent> {
    static final BlockingQueue<String> EVENTS = new LinkedBlockingQueue<>(10_000);

    @Override
    protected void append(ILoggingEvent event) {
        EVENTS.offer(event.getFormattedMessage()); // tfl-eval-not: file-logger
    }
}
