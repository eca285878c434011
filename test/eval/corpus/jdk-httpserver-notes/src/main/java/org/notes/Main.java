package org.notes;

import java.net.InetSocketAddress;

import com.sun.net.httpserver.HttpServer;
import org.notes.store.NoteStore;
import org.notes.web.NotesHandler;

public final class Main {
    public static void main(String[] args) throws Exception {
        NoteStore store = new NoteStore();
        store.createTables(); // tfl-eval: startup-migration

        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"));
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext("/notes", new NotesHandler(store));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(2)));
        server.start();
    }
}
