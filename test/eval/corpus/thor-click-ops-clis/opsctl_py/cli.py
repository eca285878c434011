import click


@click.group()
@click.option("--api-token", envvar="OPSCTL_API_TOKEN", required=True, help="API token.")
@click.pass_context
def cli(ctx, api_token):
    ctx.obj = {"token": api_token}


@cli.command()
@click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True, help="New console password.")
def rotate(password):
    click.echo("password rotated" if password else "nothing to do")


@cli.command()
@click.option("--webhook-secret", default="Er5gqWm3MUYGOGddeH3Lfh0wLQyYX6oH", show_default=False)  # tfl-eval: hardcoded-credential
@click.option("--region", default="eu-west-1", show_default=True)
def notify(webhook_secret, region):
    click.echo(f"notifying {region}")


if __name__ == "__main__":
    cli()
