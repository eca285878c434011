package ua.pharmacy.bot;

import com.mongodb.MongoClientSettings;
import com.mongodb.MongoCredential;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

public class StockRepository {

    static HikariDataSource pricing() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(System.getenv("PRICING_JDBC_URL"));
        config.setUsername("pharmacy_bot");
        config.setPassword("Lk4i!pjWGV1Gs!o9M*"); // tfl-eval: hardcoded-credential
        config.setMaximumPoolSize(4);
        return new HikariDataSource(config);
    }

    static MongoClient catalogue() {
        MongoCredential credential = MongoCredential.createScramSha256Credential("catalogue_ro", "admin", "LG-aq!3!doZUffoPYd2a".toCharArray()); // tfl-eval: hardcoded-credential
        return MongoClients.create(MongoClientSettings.builder().credential(credential).build());
    }

    void lookup(String query) {}
}
