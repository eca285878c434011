from django import forms
from django.utils.translation import gettext_lazy as _


class SignupForm(forms.Form):
    password = forms.CharField(label=_("Password"), widget=forms.PasswordInput, help_text=_("At least 12 characters."))
    password_confirm = forms.CharField(label=_("Confirm password"), widget=forms.PasswordInput)
    api_token = forms.CharField(label=_("API token"), required=False)

    error_messages = {
        "password_mismatch": _("The two password fields didn't match."),
        "token_invalid": _("This token is invalid or expired."),
    }
