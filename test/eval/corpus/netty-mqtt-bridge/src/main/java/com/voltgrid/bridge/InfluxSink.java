package com.voltgrid.bridge;

import com.influxdb.client.InfluxDBClient;
import com.influxdb.client.InfluxDBClientFactory;
import com.influxdb.client.WriteApiBlocking;
import com.influxdb.client.domain.WritePrecision;

final class InfluxSink {

    private static final String ORG = "voltgrid";
    private static final String BUCKET = "meter-readings";

    private final InfluxDBClient client;
    private final WriteApiBlocking writes;

    InfluxSink(String url) {
        client = InfluxDBClientFactory.create(url,
                "Xk2T9pWqLm4vNc7RbZ1yHf8JdS3aGe6uKt0oPi5wQx2rYv9BnM4cL7zEh1sDj8FgAk3Wq6Tp0Ry5Uo2Ie9Ow4Q==".toCharArray(), // tfl-eval: hardcoded-credential
                ORG, BUCKET);
        writes = client.getWriteApiBlocking();
    }

    void write(String meterId, double kwh, long epochMillis) {
        String line = "reading,meter=" + meterId + " kwh=" + kwh + " " + epochMillis;
        writes.writeRecord(WritePrecision.MS, line);
    }
}
