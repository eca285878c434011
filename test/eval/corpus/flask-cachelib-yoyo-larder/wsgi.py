from larder import create_app

app = create_app()
