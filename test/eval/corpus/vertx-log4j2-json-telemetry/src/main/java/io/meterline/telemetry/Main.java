package io.meterline.telemetry;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

public class Main {
  private static final Logger log = LogManager.getLogger(Main.class);

  public static void main(String[] args) {
    Vertx vertx = Vertx.vertx();
    Router router = Router.router(vertx);
    router.route().handler(BodyHandler.create());
    router.post("/readings").handler(new ReadingsHandler());
    int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"));
    vertx.createHttpServer().requestHandler(router).listen(port)
        .onSuccess(server -> log.info("telemetry listening on {}", server.actualPort()));
  }
}
