package io.clickstream.etl;

import java.util.Properties;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

public final class WarehouseSink {
    private WarehouseSink() {}

    public static void configure(Configuration hadoop) {
        hadoop.set("fs.azure.account.key.clickstreamlake.dfs.core.windows.net", "3LH87BirKJyVOgMczkyEdQBGJjIa6Ztm/9Dh+DGdoANo8r+AJ9RuYthstwELMUM/NkBPNk3604hpWL5hXk8nrg=="); // tfl-eval: hardcoded-credential
        hadoop.set("fs.s3a.connection.maximum", "200");
    }

    public static void write(Dataset<Row> sessions) {
        Properties props = new Properties();
        props.setProperty("user", "etl_writer");
        props.setProperty("password", "zcomZIAk4jox0g*9"); // tfl-eval: hardcoded-credential
        props.setProperty("driver", "org.postgresql.Driver");
        sessions.write().mode("append").jdbc("jdbc:postgresql://warehouse.internal:5432/clicks", "sessions", props); // tfl-eval: hardcoded-backing-service
    }

    public static void writeFromEnv(Dataset<Row> sessions) {
        Properties props = new Properties();
        props.setProperty("user", System.getenv("WAREHOUSE_USER"));
        props.setProperty("password", System.getenv("WAREHOUSE_PASSWORD")); // tfl-eval-not: hardcoded-credential
        sessions.write().jdbc(System.getenv("WAREHOUSE_URL"), "sessions", props);
    }
}
