package com.roomly.bookings;

import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.migrations.MigrationsBundle;

public class BookingsApplication extends Application<BookingsConfiguration> {
    public static void main(String[] args) throws Exception {
        new BookingsApplication().run(args);
    }

    @Override
    public void initialize(Bootstrap<BookingsConfiguration> bootstrap) {
        bootstrap.addBundle(new MigrationsBundle<BookingsConfiguration>() {
            @Override
            public DataSourceFactory getDataSourceFactory(BookingsConfiguration configuration) {
                return configuration.getDataSourceFactory();
            }
        });
    }

    @Override
    public void run(BookingsConfiguration configuration, Environment environment) {
        environment.jersey().register(new BookingResource());
    }
}
