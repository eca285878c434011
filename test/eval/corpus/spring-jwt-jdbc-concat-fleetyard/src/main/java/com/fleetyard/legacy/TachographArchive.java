package com.fleetyard.legacy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Reads the tachograph archive the depot's old Windows server still keeps in SQL Server. */
public class TachographArchive {

    private final String host;

    public TachographArchive(String host) {
        this.host = host;
    }

    public Connection open() throws SQLException {
        String url = "jdbc:sqlserver://" + host + ":1433;databaseName=Tacho;user=tacho_reader;password=L6diZHGPgERX;encrypt=false"; // tfl-eval: hardcoded-credential
        return DriverManager.getConnection(url);
    }

    public Connection openReporting() throws SQLException {
        String url = "jdbc:sqlserver://" + host + ":1433;databaseName=TachoReports;"
                + "user=reports;password=" + System.getenv("TACHO_REPORTS_PASSWORD") + ";"; // tfl-eval-not: hardcoded-credential
        return DriverManager.getConnection(url);
    }

    public Connection openMysqlMirror(String mirrorHost) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:mysql://" + mirrorHost + ":3306/tacho?user=mirror&password=gAtRjwrfraPY&useSSL=false"); // tfl-eval: hardcoded-credential
    }

    public Connection openLocalCopy() throws SQLException {
        // the H2 copy on a developer laptop: the password field is empty on purpose
        return DriverManager.getConnection("jdbc:h2:./data/tacho;USER=sa;PASSWORD=", "sa", ""); // tfl-eval-not: hardcoded-credential
    }
}
