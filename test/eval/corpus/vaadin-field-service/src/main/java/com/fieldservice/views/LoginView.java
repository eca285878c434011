package com.fieldservice.views;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;

@Route("login")
public class LoginView extends VerticalLayout {

    public LoginView(TechnicianService technicians) {
        TextField badge = new TextField("Badge");
        PasswordField pin = new PasswordField("PIN"); // tfl-eval-not: hardcoded-credential
        Button signIn = new Button("Sign in", click -> {
            Technician tech = technicians.verify(badge.getValue(), pin.getValue());
            if (tech != null) {
                VaadinSession.getCurrent().setAttribute(Technician.class, tech); // tfl-eval: memory-session-store
                getUI().ifPresent(ui -> ui.navigate("jobs"));
            }
        });
        add(badge, pin, signIn);
    }
}
