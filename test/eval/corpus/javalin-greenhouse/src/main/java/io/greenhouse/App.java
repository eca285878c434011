package io.greenhouse;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.javalin.Javalin;

public class App {
    public static void main(String[] args) {
        MongoClient mongo = MongoClients.create("mongodb://mongo-0.greenhouse.internal:27017,mongo-1.greenhouse.internal:27017/?replicaSet=rs0"); // tfl-eval: hardcoded-backing-service
        var readings = mongo.getDatabase("greenhouse").getCollection("readings");

        Javalin app = Javalin.create(config -> config.showJavalinBanner = false);
        app.get("/readings/latest", ctx -> ctx.json(readings.find().sort(new org.bson.Document("ts", -1)).first()));
        app.start(7070); // tfl-eval: hardcoded-port
    }
}
