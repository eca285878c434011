package io.helpdesk.resources;

import jakarta.validation.constraints.NotEmpty;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.regex.Pattern;

@Path("/accounts")
public class AccountResource {

    private static final Pattern PASSWORD_RULE = Pattern.compile("^(?=.*[A-Z])(?=.*\\d).{10,}$"); // tfl-eval-not: hardcoded-credential
    private static final String DEFAULT_PASSWORD_MESSAGE = "Choose a password with at least 10 characters"; // tfl-eval-not: hardcoded-credential

    public record PasswordChange(@NotEmpty String currentPassword, @NotEmpty String newPassword) {}

    @POST
    @Path("/password")
    public Response change(PasswordChange change) {
        if (!PASSWORD_RULE.matcher(change.newPassword()).matches()) {
            return Response.status(422).entity(DEFAULT_PASSWORD_MESSAGE).build();
        }
        if (change.newPassword().equals(change.currentPassword())) { // tfl-eval-not: hardcoded-credential
            return Response.status(422).entity("The new password must differ from the current one").build();
        }
        return Response.noContent().build();
    }
}
