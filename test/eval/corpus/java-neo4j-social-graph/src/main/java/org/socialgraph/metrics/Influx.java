package org.socialgraph.metrics;

import org.influxdb.InfluxDB;
import org.influxdb.InfluxDBFactory;

public final class Influx {
    private Influx() {}

    public static InfluxDB connect() {
        InfluxDB db = InfluxDBFactory.connect("http://influx.graph.internal:8086", "graph_writer", "ow8OfxAjrH9bPl#4"); // tfl-eval: hardcoded-credential
        db.setDatabase("graph_metrics");
        return db;
    }
}
