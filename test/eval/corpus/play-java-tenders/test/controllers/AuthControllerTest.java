package controllers;

import static play.test.Helpers.*;
import org.junit.Test;
import play.mvc.Http;

public class AuthControllerTest {
    @Test
    public void rejectsEmptyPassword() {
        Http.RequestBuilder req = fakeRequest(POST, "/login").bodyForm(java.util.Map.of("password", "hunter2")); // tfl-eval-not: hardcoded-credential
    }
}
