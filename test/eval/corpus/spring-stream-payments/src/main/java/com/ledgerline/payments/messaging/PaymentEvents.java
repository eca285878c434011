package com.ledgerline.payments.messaging;

import java.util.function.Supplier;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

@Configuration
public class PaymentEvents {
    private final Sinks.Many<Message<String>> completed = Sinks.many().unicast().onBackpressureBuffer();

    @Bean
    public Supplier<Flux<Message<String>>> paymentCompleted() {
        return completed::asFlux;
    }
}
