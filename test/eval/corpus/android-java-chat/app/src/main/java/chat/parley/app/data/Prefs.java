package chat.parley.app.data;

import android.content.SharedPreferences;

public class Prefs {
    private static final String KEY_PASSWORD_HINT = "password_hint"; // tfl-eval-not: hardcoded-credential
    private static final String KEY_AUTH_TOKEN = "auth_token"; // tfl-eval-not: hardcoded-credential

    private final SharedPreferences prefs;

    public Prefs(SharedPreferences prefs) {
        this.prefs = prefs;
    }

    public String token() {
        return prefs.getString(KEY_AUTH_TOKEN, null);
    }

    public void saveToken(String token) {
        prefs.edit().putString(KEY_AUTH_TOKEN, token).apply();
    }
}
