package run.blog.mail;

import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;

public final class MailSettings {
    public static final String SMTP_HOST = "smtp.relay.blogmail.net"; // tfl-eval: hardcoded-backing-service
    public static final int SMTP_PORT = 587;
    public static final String SMTP_HOST_PROPERTY = "mail.smtp.host";

    static ConnectionFactory analytics() {
        return ConnectionFactories.get("r2dbc:pool:postgresql://10.30.1.8:5432/analytics"); // tfl-eval: hardcoded-backing-service
    }

    static ConnectionFactory local() {
        String url = System.getenv("R2DBC_URL");
        return ConnectionFactories.get(url != null ? url : "r2dbc:h2:mem:///blog");
    }
}
