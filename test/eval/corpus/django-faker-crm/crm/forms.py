from django import forms


class LoginForm(forms.Form):
    username = forms.CharField(label="Username")
    password = forms.CharField(label="Password", widget=forms.PasswordInput(attrs={"placeholder": "Your password"}))
    remember_me = forms.BooleanField(required=False, help_text="Keep me signed in on this device")
