package com.tradelink.integration.routes;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

@Component
public class SupplierRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("sftp://tradelink@sftp.supplier-one.example:22/outbox?password=Zaph!147tgn3j1o&delete=true") // tfl-eval: hardcoded-credential
                .routeId("supplier-one-inbound")
                .to("aws2-s3://tradelink-inbound?accessKey=AKIAP53CS27WJ3XGTAHB&secretKey=RAW(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)&region=eu-central-1"); // tfl-eval: hardcoded-credential

        from("file:/data/outbound/invoices")
                .routeId("invoice-mail")
                .to("smtps://smtp.tradelink.example:465?username=invoices&password={{smtp.password}}"); // tfl-eval-not: hardcoded-credential

        from("timer:poll?period=60000")
                .routeId("erp-poll")
                .setHeader("Authorization", constant("Basic m72BZw92NiVAf5bmQg3xi93KcLxI=")) // tfl-eval: hardcoded-credential
                .to("https://erp.tradelink.example/api/orders");

        from("kafka:orders?brokers={{kafka.brokers}}&saslJaasConfig=RAW({{kafka.jaas}})")
                .to("log:orders");
    }
}
