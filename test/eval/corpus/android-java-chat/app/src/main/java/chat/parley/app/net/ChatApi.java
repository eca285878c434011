package chat.parley.app.net;

import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;

public final class ChatApi {

    private static final String PUSHER_CLUSTER = "eu";
    private static final String GIPHY_API_KEY = "Z0BOL4qVrESZRDZBu6CVqGiD6e0zeiBE"; // tfl-eval: hardcoded-credential
    public static final String PREF_ACCESS_TOKEN = "access_token"; // tfl-eval-not: hardcoded-credential
    public static final String EXTRA_SECRET_CHAT_ID = "chat.parley.app.EXTRA_SECRET_CHAT_ID"; // tfl-eval-not: hardcoded-credential

    private ChatApi() {}

    public static OkHttpClient client() {
        Interceptor auth = chain -> {
            Request request = chain.request().newBuilder()
                    .addHeader("X-Parley-Client-Key", "a21476d577e5e363c7eb63ae4e1c8f9f811ac5b9") // tfl-eval: hardcoded-credential
                    .build();
            return chain.proceed(request);
        };
        return new OkHttpClient.Builder().addInterceptor(auth).build();
    }

    public static String giphyUrl(String query) {
        return "https://api.giphy.com/v1/gifs/search?api_key=" + GIPHY_API_KEY + "&q=" + query;
    }
}
