import graphene
from pydantic import BaseModel, ConfigDict, Field, SecretStr


class LoginRequest(BaseModel):
    model_config = ConfigDict(json_schema_extra={"example": {"email": "jane@example.com", "password": "correct-horse-battery"}})

    email: str = Field(..., examples=["jane@example.com"])
    password: SecretStr = Field(..., min_length=12, examples=["s3cr3t-Passw0rd"])


class ApiKeyOut(BaseModel):
    prefix: str = Field(..., examples=["sk_live_"])
    secret: str = Field(..., description="Shown once", examples=["<generated>"])


class LoginInput(graphene.InputObjectType):
    email = graphene.String(required=True)
    password = graphene.String(required=True)


class ChangePassword(graphene.Mutation):
    class Arguments:
        old_password = graphene.String(required=True)
        new_password = graphene.String(required=True)

    ok = graphene.Boolean()
