package org.ledger;

import jakarta.annotation.PostConstruct;
import javax.sql.DataSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

@Component
public class SchemaLoader {
    private final DataSource dataSource;

    public SchemaLoader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @PostConstruct
    void load() throws Exception {
        try (var connection = dataSource.getConnection()) {
            ScriptUtils.executeSqlScript(connection, new ClassPathResource("ledger-schema.sql")); // tfl-eval: startup-migration
        }
    }
}
