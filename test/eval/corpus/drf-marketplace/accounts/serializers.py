from django.contrib.auth import password_validation
from rest_framework import serializers

from .models import User


class RegisterSerializer(serializers.ModelSerializer):
    password = serializers.CharField(write_only=True, style={"input_type": "password"})  # tfl-eval-not: hardcoded-credential
    token = serializers.CharField(read_only=True)

    class Meta:
        model = User
        fields = ("email", "password", "token")  # tfl-eval-not: hardcoded-credential
        extra_kwargs = {"password": {"write_only": True}}  # tfl-eval-not: hardcoded-credential

    def validate_password(self, value):
        password_validation.validate_password(value)
        return value


class ApiKeyScope:
    READ = "read"
    WRITE = "write"
    SECRET_ROTATE = "secret:rotate"  # tfl-eval-not: hardcoded-credential
