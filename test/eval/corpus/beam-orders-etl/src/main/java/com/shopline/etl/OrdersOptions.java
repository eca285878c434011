package com.shopline.etl;

import org.apache.beam.sdk.extensions.gcp.options.GcpOptions;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;

public interface OrdersOptions extends GcpOptions {

    @Description("BigQuery table to append to")
    @Default.String("shopline-analytics:warehouse.orders")
    String getOutputTable();
    void setOutputTable(String value);

    @Description("Key of the currency conversion API")
    @Default.String("gbZsONlhoYgfIsx0f9LzuCZ2") // tfl-eval: hardcoded-credential
    String getFxApiKey();
    void setFxApiKey(String value);

    @Description("Password of the reporting database") // tfl-eval-not: hardcoded-credential
    String getReportingPassword();
    void setReportingPassword(String value);
}
