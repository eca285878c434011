package net.skyforge.queue;

import com.google.inject.Inject;
import com.velocitypowered.api.event.Subscribe;
import com.velocitypowered.api.event.proxy.ProxyInitializeEvent;
import com.velocitypowered.api.plugin.Plugin;
import com.velocitypowered.api.plugin.annotation.DataDirectory;
import com.velocitypowered.api.proxy.ProxyServer;
import net.skyforge.queue.storage.QueueStorage;
import org.slf4j.Logger;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

@Plugin(id = "skyqueue", name = "SkyQueue", version = "2.3.1", authors = {"skyforge"})
public class QueuePlugin {

    // Staff alerts go to the #queue-alerts channel.
    private static final String ALERT_WEBHOOK =
            "https://discord.com/api/webhooks/1093384721100847221/Qf3kLr9ZpXw2aVbT7mNcY1uHe6sJd0GoKiR4tPlE8zWxB5nMqAyUvC3hD7fS2gJk"; // tfl-eval: hardcoded-credential
    private static final String PERMISSION_BYPASS = "skyqueue.bypass";
    private static final String PASSWORD_PROMPT_KEY = "queue.password.prompt"; // tfl-eval-not: hardcoded-credential

    private final ProxyServer server;
    private final Logger logger;
    private final Path dataDirectory;
    private QueueStorage storage;

    @Inject
    public QueuePlugin(ProxyServer server, Logger logger, @DataDirectory Path dataDirectory) {
        this.server = server;
        this.logger = logger;
        this.dataDirectory = dataDirectory;
    }

    @Subscribe
    public void onProxyInitialization(ProxyInitializeEvent event) {
        QueueConfig config = QueueConfig.load(dataDirectory.resolve("config.toml"));
        storage = new QueueStorage(config, logger);
        server.getEventManager().register(this, new QueueListener(server, storage, config));
        alert("SkyQueue started with " + config.servers().size() + " backend servers");
    }

    void alert(String message) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(ALERT_WEBHOOK))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"content\":\"" + message + "\"}"))
                .build();
        HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.discarding());
    }
}
