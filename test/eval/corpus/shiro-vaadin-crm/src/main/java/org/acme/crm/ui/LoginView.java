package org.acme.crm.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.UsernamePasswordToken;

@Route("login")
public class LoginView extends VerticalLayout {

    private final TextField username = new TextField("Username");
    private final PasswordField password = new PasswordField("Password"); // tfl-eval-not: hardcoded-credential

    public LoginView() {
        password.setPlaceholder("Enter your password"); // tfl-eval-not: hardcoded-credential
        password.setErrorMessage("Password must not be empty"); // tfl-eval-not: hardcoded-credential
        Button login = new Button("Sign in", e -> authenticate());
        add(username, password, login);
    }

    private void authenticate() {
        UsernamePasswordToken token = new UsernamePasswordToken(username.getValue(), password.getValue());
        token.setRememberMe(true);
        try {
            SecurityUtils.getSubject().login(token);
            getUI().ifPresent(ui -> ui.navigate("customers"));
        } catch (AuthenticationException ex) {
            password.setInvalid(true);
        }
    }
}
