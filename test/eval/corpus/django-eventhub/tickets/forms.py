from django import forms
from django.contrib.auth.forms import UserCreationForm
from django.utils.translation import gettext_lazy as _


class SignupForm(UserCreationForm):
    error_messages = {
        "password_mismatch": _("The two password fields didn't match."),  # tfl-eval-not: hardcoded-credential
    }
    password1 = forms.CharField(label=_("Password"), widget=forms.PasswordInput)  # tfl-eval-not: hardcoded-credential
    password2 = forms.CharField(label=_("Password confirmation"), widget=forms.PasswordInput)  # tfl-eval-not: hardcoded-credential


class ApiTokenForm(forms.Form):
    token = forms.CharField(max_length=64, help_text=_("Paste the token from your dashboard"))  # tfl-eval-not: hardcoded-credential
    secret = forms.CharField(widget=forms.PasswordInput(render_value=False), required=False)  # tfl-eval-not: hardcoded-credential

    def clean_token(self):
        token = self.cleaned_data["token"]
        if token == "revoked":  # tfl-eval-not: hardcoded-credential
            raise forms.ValidationError(_("This token has been revoked."))
        return token
