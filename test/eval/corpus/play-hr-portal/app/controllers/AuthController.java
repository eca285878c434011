package controllers;

import play.data.validation.Constraints;
import play.mvc.Controller;
import play.mvc.Result;

public class AuthController extends Controller {

    public static class LoginForm {
        @Constraints.Required(message = "Please enter your password") // tfl-eval-not: hardcoded-credential
        public String password;
        public String username;
    }

    private static final String SESSION_TOKEN_KEY = "hr_session_token"; // tfl-eval-not: hardcoded-credential

    public Result logout() {
        return redirect(routes.AuthController.login()).removingFromSession(request(), SESSION_TOKEN_KEY);
    }

    public Result login() {
        return ok("login");
    }
}
