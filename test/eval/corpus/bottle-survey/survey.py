import pymysql
from bottle import Bottle, auth_basic, request, response, template, redirect

app = Bottle()

COOKIE_SECRET = "6aTXgmou1kD7ItReXoheHquGNW4PSeJopBIx8Zvx"  # tfl-eval: hardcoded-credential
ADMIN_USER = "survey-admin"
ADMIN_PASSWORD = "rqbsx212#UYMso79"  # tfl-eval: hardcoded-credential


def db():
    return pymysql.connect(host="mysql", user="survey", passwd="0iqo0cB1ecutbvaCCgjs", db="survey", charset="utf8mb4")  # tfl-eval: hardcoded-credential, hardcoded-backing-service


def is_admin(user, password):
    return user == ADMIN_USER and password == ADMIN_PASSWORD  # tfl-eval-not: hardcoded-credential


@app.get("/")
def form():
    respondent = request.get_cookie("respondent", secret=COOKIE_SECRET)  # tfl-eval-not: hardcoded-credential
    return template("form", respondent=respondent, password_hint="Never share your password")  # tfl-eval-not: hardcoded-credential


@app.post("/answers")
def answer():
    with db() as conn, conn.cursor() as cur:
        cur.execute("insert into answers (q, a) values (%s, %s)", (request.forms.q, request.forms.a))
        conn.commit()
    response.set_cookie("respondent", request.forms.email, secret=COOKIE_SECRET, httponly=True)
    redirect("/thanks")


@app.get("/admin")
@auth_basic(is_admin)
def admin():
    with db() as conn, conn.cursor() as cur:
        cur.execute("select q, count(*) from answers group by q")
        return template("admin", rows=cur.fetchall())


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080)  # tfl-eval: hardcoded-port
