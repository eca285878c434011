package io.bookings;

import com.zaxxer.hikari.HikariConfig;
import ratpack.guice.Guice;
import ratpack.hikari.HikariModule;
import ratpack.server.RatpackServer;
import ratpack.session.SessionModule;

public class App {

    public static void main(String... args) throws Exception {
        RatpackServer.start(server -> server
            .serverConfig(config -> config.port(5050).findBaseDir())
            .registry(Guice.registry(bindings -> bindings
                .module(HikariModule.class, hikari -> {
                    hikari.setJdbcUrl("jdbc:mariadb://maria.bookings.lan:3306/bookings"); // tfl-eval: hardcoded-backing-service
                    hikari.setUsername("bookings");
                    hikari.setPassword("R4tpack!bookings"); // tfl-eval: hardcoded-credential
                    hikari.setMaximumPoolSize(12);
                })
                .module(SessionModule.class)
                .bindInstance(PaymentClient.class, new PaymentClient("https://api.mollie.com/v2", "live_Gjd9ZHorvzxT0LAvSviqaqlCybMeRz")) // tfl-eval: hardcoded-credential
            ))
            .handlers(chain -> chain
                .get("health", ctx -> ctx.render("ok"))
                .prefix("api", api -> api.all(BookingsHandler.class))
            )
        );
    }
}
