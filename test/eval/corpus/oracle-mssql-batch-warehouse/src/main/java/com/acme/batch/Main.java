package com.acme.batch;

public final class Main {
    public static void main(String[] args) {
        String password = System.getenv("BATCH_DB_PASSWORD");
        System.out.println(password == null ? "no password" : "configured");
    }
}
