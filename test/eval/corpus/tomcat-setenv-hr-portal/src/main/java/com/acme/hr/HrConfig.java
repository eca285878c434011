package com.acme.hr;

public final class HrConfig {
    public static String dbPassword() {
        return System.getProperty("hr.db.password");
    }
}
