package io.clickstream.etl;

import org.apache.spark.sql.SparkSession;

public final class SessionFactory {
    private SessionFactory() {}

    public static SparkSession create() {
        return SparkSession.builder()
            .appName("clickstream-sessionize")
            .config("spark.hadoop.fs.s3a.access.key", "5o84UCO5DV2ZBE7ws4fY")
            .config("spark.hadoop.fs.s3a.secret.key", "3Mn3AFudC914mJji2xKhtcJzAvOjpgeVDa894DoV") // tfl-eval: hardcoded-credential
            .config("spark.sql.session.timeZone", "UTC")
            .getOrCreate();
    }
}
