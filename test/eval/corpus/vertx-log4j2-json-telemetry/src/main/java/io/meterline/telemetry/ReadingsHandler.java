package io.meterline.telemetry;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

public class ReadingsHandler implements Handler<RoutingContext> {
  private static final Logger readings = LogManager.getLogger("io.meterline.telemetry.readings");

  @Override
  public void handle(RoutingContext ctx) {
    readings.info("meter={} kwh={}", ctx.body().asJsonObject().getString("meter"), ctx.body().asJsonObject().getDouble("kwh"));
    ctx.response().setStatusCode(202).end();
  }
}
