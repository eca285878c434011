from django import forms
from django.contrib.auth import password_validation
from django.utils.translation import gettext_lazy as _


class SignupForm(forms.Form):
    email = forms.EmailField(label=_('Email'))
    password1 = forms.CharField(label=_('Password'), widget=forms.PasswordInput, strip=False)  # tfl-eval-not: hardcoded-credential
    password2 = forms.CharField(label=_('Password confirmation'), widget=forms.PasswordInput)  # tfl-eval-not: hardcoded-credential

    error_messages = {
        'password_mismatch': _('The two password fields didn’t match.'),  # tfl-eval-not: hardcoded-credential
    }

    def clean_password2(self):
        password1 = self.cleaned_data.get('password1')
        password2 = self.cleaned_data.get('password2')
        if password1 and password2 and password1 != password2:
            raise forms.ValidationError(self.error_messages['password_mismatch'], code='password_mismatch')
        password_validation.validate_password(password2)
        return password2
