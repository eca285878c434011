from django.contrib.auth.tokens import PasswordResetTokenGenerator


class ActivationTokenGenerator(PasswordResetTokenGenerator):
    key_salt = 'accounts.tokens.ActivationTokenGenerator'  # tfl-eval-not: hardcoded-credential

    def _make_hash_value(self, user, timestamp):
        return f'{user.pk}{timestamp}{user.is_active}'


activation_token = ActivationTokenGenerator()
TOKEN_HEADER = 'HTTP_X_ACTIVATION_TOKEN'  # tfl-eval-not: hardcoded-credential
