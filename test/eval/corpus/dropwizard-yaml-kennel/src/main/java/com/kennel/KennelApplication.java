package com.kennel;

import com.kennel.resources.BoardingResource;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.jdbi3.JdbiFactory;
import io.dropwizard.migrations.MigrationsBundle;
import org.eclipse.jetty.server.session.SessionHandler;
import org.jdbi.v3.core.Jdbi;

public class KennelApplication extends Application<KennelConfiguration> {

    public static void main(String[] args) throws Exception {
        new KennelApplication().run(args);
    }

    @Override
    public void initialize(Bootstrap<KennelConfiguration> bootstrap) {
        // `java -jar kennel.jar db migrate config.yml` is the release step.
        bootstrap.addBundle(new MigrationsBundle<KennelConfiguration>() { // tfl-eval-not: startup-migration
            @Override
            public DataSourceFactory getDataSourceFactory(KennelConfiguration configuration) {
                return configuration.getDataSourceFactory();
            }
        });
    }

    @Override
    public void run(KennelConfiguration configuration, Environment environment) {
        Jdbi jdbi = new JdbiFactory().build(environment, configuration.getDataSourceFactory(), "postgresql");
        // The owners' portal keeps the signed-in owner in a Jetty session, in this JVM's memory.
        environment.servlets().setSessionHandler(new SessionHandler()); // tfl-eval: memory-session-store
        environment.jersey().register(new BoardingResource(jdbi));
    }
}
