from django import forms
from django.utils.translation import gettext_lazy as _


class ChangePasswordForm(forms.Form):
    old_password = forms.CharField(label=_("Current password"), widget=forms.PasswordInput)  # tfl-eval-not: hardcoded-credential
    new_password = forms.CharField(label=_("New password"), widget=forms.PasswordInput, help_text=_("At least 12 characters."))  # tfl-eval-not: hardcoded-credential

    def clean_new_password(self):
        password = self.cleaned_data["new_password"]
        if password == self.cleaned_data.get("old_password"):
            raise forms.ValidationError(_("Choose a password you have not used before."))
        return password
