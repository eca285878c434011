package com.shop.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "spring.cloud.nacos")
public class NacosAuthProperties {
    /** Nacos user; the password comes from the environment (NACOS_PASSWORD). */
    private String username = "gateway";
    private String password = System.getenv("NACOS_PASSWORD"); // tfl-eval-not: hardcoded-credential

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
