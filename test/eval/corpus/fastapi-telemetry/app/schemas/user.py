from pydantic import BaseModel, EmailStr, Field


class UserCreate(BaseModel):
    email: EmailStr
    password: str = Field(min_length=8, max_length=128)  # tfl-eval-not: hardcoded-credential


class Token(BaseModel):
    access_token: str
    token_type: str = "bearer"  # tfl-eval-not: hardcoded-credential


class PasswordReset(BaseModel):
    token: str
    new_password: str = Field(..., description="The new password")  # tfl-eval-not: hardcoded-credential
