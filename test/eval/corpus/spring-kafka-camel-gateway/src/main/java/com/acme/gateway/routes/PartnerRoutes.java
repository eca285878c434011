package com.acme.gateway.routes;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

@Component
public class PartnerRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("sftp://edi@ftp.partner.example:22/outbox?password=AYvB0UQnZPrqzO1t&delete=true") // tfl-eval: hardcoded-credential
            .routeId("partner-inbound")
            .to("kafka:edi.inbound");

        from("kafka:edi.outbound")
            .to("smtp://mail.acme.example:587?username=edi-gateway&password=RAW(a4XJcrvUMQ7FYPKq)"); // tfl-eval: hardcoded-credential

        from("file:/data/archive?noop=true")
            .to("sftp://archive@backup.acme.example/edi?password={{archive.password}}");
    }
}
