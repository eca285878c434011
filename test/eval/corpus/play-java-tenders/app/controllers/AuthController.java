package controllers;

import play.mvc.Controller;
import play.mvc.Http;
import play.mvc.Result;

public class AuthController extends Controller {
    private static final String PASSWORD_PARAM = "password"; // tfl-eval-not: hardcoded-credential

    public Result login(Http.Request request) {
        String password = request.body().asFormUrlEncoded().get(PASSWORD_PARAM)[0];
        if (password == null || password.isEmpty()) {
            return badRequest("Password is required"); // tfl-eval-not: hardcoded-credential
        }
        return redirect("/");
    }
}
