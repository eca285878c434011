from greenhouse import create_app

app = create_app()
