package com.example.crm.views.list;

import com.example.crm.services.AccountService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;

public class ChangePasswordDialog extends Dialog {

    private final PasswordField currentPassword = new PasswordField("Current password"); // tfl-eval-not: hardcoded-credential
    private final PasswordField newPassword = new PasswordField("New password"); // tfl-eval-not: hardcoded-credential

    public ChangePasswordDialog(AccountService accounts) {
        setHeaderTitle("Change password");
        newPassword.setHelperText("At least 12 characters");
        newPassword.setPattern("^.{12,}$");
        Button save = new Button("Save", e -> {
            if (accounts.changePassword(currentPassword.getValue(), newPassword.getValue())) {
                Notification.show("Password changed");
                close();
            } else {
                currentPassword.setInvalid(true);
                currentPassword.setErrorMessage("Wrong password"); // tfl-eval-not: hardcoded-credential
            }
        });
        add(currentPassword, newPassword);
        getFooter().add(save);
    }
}
