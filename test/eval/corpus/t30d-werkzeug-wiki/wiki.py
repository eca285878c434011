from werkzeug.wrappers import Request, Response


@Request.application
def application(request):
    page = request.args.get("page", "home")
    return Response(f"<h1>{page}</h1>", mimetype="text/html")
