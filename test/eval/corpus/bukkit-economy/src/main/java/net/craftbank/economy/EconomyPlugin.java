package net.craftbank.economy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.bukkit.configuration.ConfigurationSection;
import org.bukkit.plugin.java.JavaPlugin;

public final class EconomyPlugin extends JavaPlugin {
    private HikariDataSource dataSource;

    @Override
    public void onEnable() {
        saveDefaultConfig();
        ConfigurationSection mysql = getConfig().getConfigurationSection("storage.mysql");
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl("jdbc:mysql://" + mysql.getString("host") + ":" + mysql.getInt("port") + "/" + mysql.getString("database"));
        hikari.setUsername(mysql.getString("username"));
        hikari.setPassword(mysql.getString("password")); // tfl-eval-not: hardcoded-credential
        hikari.setMaximumPoolSize(mysql.getInt("pool-size", 8));
        dataSource = new HikariDataSource(hikari);

        VaultHook vault = new VaultHook(this);
        vault.setLicense("CBK-7Q2M-X9PL-4RTW-8NVZ"); // tfl-eval: hardcoded-credential
        getServer().getPluginManager().registerEvents(new BalanceListener(dataSource), this);
    }

    @Override
    public void onDisable() {
        if (dataSource != null) dataSource.close();
    }
}
