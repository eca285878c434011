package library

import groovy.json.JsonSlurper

class IsbnService {
    static final String ISBNDB_KEY = '0g8n6eOt4OTh5pDvXCobAm9GYpVgv1XpRrsf5ics' // tfl-eval: hardcoded-credential

    Map lookup(String isbn) {
        def conn = new URL("https://api2.isbndb.com/book/${isbn}").openConnection()
        conn.setRequestProperty('Authorization', ISBNDB_KEY)
        new JsonSlurper().parse(conn.inputStream) as Map
    }

    String passwordResetSubject() {
        'Reset your library password' // tfl-eval-not: hardcoded-credential
    }
}
