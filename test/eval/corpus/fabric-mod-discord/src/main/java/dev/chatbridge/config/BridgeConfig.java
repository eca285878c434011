package dev.chatbridge.config;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import net.fabricmc.loader.api.FabricLoader;

/** Written to config/chatbridge.json on first start; these are the shipped defaults. */
public class BridgeConfig {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    public String botToken = "MzIyMDIxMjIyMzgwMTc3OTk2.h7hN9b.l7-fX0rsXdXWbnsRl70iy1XyE24a7yi-tIMi5n"; // tfl-eval: hardcoded-credential
    public long channelId = 1099871234567890123L;
    public String webhookUrl = ""; // tfl-eval-not: hardcoded-credential
    public String avatarApi = "https://crafatar.com/avatars/%s?overlay";
    public boolean relayAdvancements = true;
    public String tokenHint = "Paste the bot token from the Discord developer portal"; // tfl-eval-not: hardcoded-credential

    public static BridgeConfig load() throws IOException {
        Path path = FabricLoader.getInstance().getConfigDir().resolve("chatbridge.json");
        if (Files.notExists(path)) {
            BridgeConfig defaults = new BridgeConfig();
            try (Writer writer = Files.newBufferedWriter(path)) {
                GSON.toJson(defaults, writer);
            }
            return defaults;
        }
        try (Reader reader = Files.newBufferedReader(path)) {
            return GSON.fromJson(reader, BridgeConfig.class);
        }
    }
}
