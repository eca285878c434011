package com.shopline.etl;

import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.io.gcp.bigquery.BigQueryIO;
import org.apache.beam.sdk.io.jdbc.JdbcIO;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.values.PCollection;

public class OrdersToWarehouse {

    public static void main(String[] args) {
        OrdersOptions options = PipelineOptionsFactory.fromArgs(args).withValidation().as(OrdersOptions.class);
        Pipeline pipeline = Pipeline.create(options);

        PCollection<Order> orders = pipeline.apply("ReadOrders", JdbcIO.<Order>read()
                .withDataSourceConfiguration(JdbcIO.DataSourceConfiguration
                        .create("org.postgresql.Driver", "jdbc:postgresql://10.20.0.15:5432/shop") // tfl-eval: hardcoded-backing-service
                        .withUsername("etl_reader")
                        .withPassword("H6kCag*ftQkZp0")) // tfl-eval: hardcoded-credential
                .withQuery("SELECT id, customer_id, total_cents, created_at FROM orders WHERE created_at > now() - interval '1 day'")
                .withRowMapper(Order::fromResultSet)
                .withCoder(Order.coder()));

        orders.apply("ToRows", new OrderToTableRow())
                .apply("WriteBQ", BigQueryIO.writeTableRows()
                        .to(options.getOutputTable())
                        .withWriteDisposition(BigQueryIO.Write.WriteDisposition.WRITE_APPEND));

        pipeline.run();
    }
}
