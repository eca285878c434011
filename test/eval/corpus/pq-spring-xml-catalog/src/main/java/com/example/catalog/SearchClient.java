package com.example.catalog;

public class SearchClient {
    private final String baseUrl;
    private final int pageSize;
    private final String passwordField;

    public SearchClient(String baseUrl, int pageSize, String passwordField) {
        this.baseUrl = baseUrl;
        this.pageSize = pageSize;
        this.passwordField = passwordField;
    }

    public String describe() {
        return baseUrl + " (" + pageSize + " per page, masks " + passwordField + ")";
    }
}
