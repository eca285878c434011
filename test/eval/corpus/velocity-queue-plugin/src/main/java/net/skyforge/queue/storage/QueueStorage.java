package net.skyforge.queue.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import net.skyforge.queue.QueueConfig;
import org.slf4j.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

public final class QueueStorage implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final Logger logger;

    public QueueStorage(QueueConfig config, Logger logger) {
        this.logger = logger;
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("skyqueue-pool");
        hikari.setJdbcUrl("jdbc:mariadb://" + config.databaseHost() + ":3306/skyqueue");
        hikari.setUsername("skyqueue");
        hikari.setPassword("Sky!Queue#2022"); // tfl-eval: hardcoded-credential
        hikari.setMaximumPoolSize(6);
        hikari.addDataSourceProperty("cachePrepStmts", "true");
        this.dataSource = new HikariDataSource(hikari);
    }

    public void recordJoin(UUID player, String server) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "INSERT INTO queue_history (player, server, joined_at) VALUES (?, ?, NOW())")) {
            statement.setString(1, player.toString());
            statement.setString(2, server);
            statement.executeUpdate();
        } catch (SQLException e) {
            logger.warn("Could not record queue join for {}", player, e);
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
