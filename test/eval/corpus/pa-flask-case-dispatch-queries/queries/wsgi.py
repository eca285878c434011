from queries import create_app

app = create_app()
