package com.contoso.orders.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

public final class OrdersDataSource {
    private static final String HOST = "contoso-orders.mysql.database.azure.com";

    // MariaDB Connector/J: trust exactly this root file.
    private static final String URL = "jdbc:mariadb://" + HOST + ":3306/orders?sslMode=verify-full&serverSslCert=/opt/orders/certs/DigiCertGlobalRootCA.crt.pem"; // pinscan-expect: PIN322[DigiCert Global Root CA]

    // Quick fix from the outage ticket; replica only.
    private static final String REPLICA_URL = "jdbc:mysql://" + HOST + ":3306/orders?useSSL=true&verifyServerCertificate=false"; // pinscan-expect: PIN505@warning

    private static final String AUDIT_URL = "jdbc:sqlserver://contoso-audit.database.windows.net:1433;databaseName=audit;encrypt=true;trustServerCertificate=false;hostNameInCertificate=*.database.windows.net;loginTimeout=30;"; // pinscan-expect: PIN324@note

    private OrdersDataSource() {}

    public static HikariDataSource create(String user, String password) {
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl(URL);
        cfg.setUsername(user);
        cfg.setPassword(password);
        cfg.addDataSourceProperty("sslMode", "VERIFY_IDENTITY"); // pinscan-negative: PIN504, PIN321
        return new HikariDataSource(cfg);
    }
}
