// Python shapes: passphrases that read as sentences in a secret sink (Flask's secret_key, Django's
// SECRET_KEY), digit-only passwords, and the UI text and state words that stay silent. Generated values.
import type { Examples } from '../../rule';

export const pythonShapeExamples: Examples = {
  valid: [
    {
      name: 'gettext labels, form fields, state comparisons, numbers that are no password',
      path: 'accounts/forms.py',
      code: `from django import forms
from django.utils.translation import gettext_lazy as _

class LoginForm(forms.Form):
    password = forms.CharField(label=_("Password"), widget=forms.PasswordInput, help_text=_("Enter your password"))

def needs_reset(user):
    return user.password == 'reset' or user.token != 'expired'

PASSWORD_MIN_LENGTH = 12
TOKEN_TTL = 3600
password = 123456
`,
    },
    {
      name: 'a sentence under a password name is UI text, not a passphrase',
      path: 'app/messages.py',
      code: "password = 'Enter the password you chose'\nsecret_key = 'Please set SECRET_KEY in the environment'\n",
    },
  ],
  invalid: [
    {
      name: "a passphrase that reads as a sentence in Flask's secret_key and Django's SECRET_KEY",
      path: 'app/__init__.py',
      code: "from flask import Flask\n\napp = Flask(__name__)\napp.secret_key = ⟦'A String Very Very Strong!!@##$'⟧\napp.config['SECRET_KEY'] = ⟦'the quick brown fox signs every cookie'⟧\n",
      messageIncludes: ['secret key', 'os.environ["SECRET_KEY"]'],
    },
    {
      name: 'a digit-only password (no fix: the code expects a number)',
      path: 'app/settings.py',
      code: 'DATABASES = {"default": {"USER": "shop", "PASSWORD": ⟦6742530⟧}}\n',
      messageIncludes: ['hardcoded password'],
    },
  ],
};
