"""Register the blocks this deployment needs. Values come from the environment of the
machine that runs the setup, never from this file."""
import os

from prefect.blocks.system import Secret
from prefect_aws import AwsCredentials

AwsCredentials(
    aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"],  # tfl-eval-not: hardcoded-credential
    aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"],  # tfl-eval-not: hardcoded-credential
).save("billing-aws", overwrite=True)

Secret(value=os.environ["STRIPE_API_KEY"]).save("stripe-api-key", overwrite=True)  # tfl-eval-not: hardcoded-credential
