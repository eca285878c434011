package org.example.auth;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.InputArgument;

@DgsComponent
public class AuthController {
    private static final int MIN_PASSWORD_LENGTH = 12;
    private static final String PASSWORD_RESET_PATH = "/auth/password/reset";

    private final AuthService authService;

    public AuthController(AuthService authService) {
        this.authService = authService;
    }

    @DgsMutation
    public String login(@InputArgument String email, @InputArgument String password) {
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("password too short");
        }
        return authService.login(email, password);
    }
}
