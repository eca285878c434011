import os

from flask import Flask, redirect, render_template, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]

MAX_ITEMS = 50  # tfl-eval-not: memory-session-store
notice = None


@app.post("/cart")
def add_to_cart():
    global notice
    items = session.setdefault("items", [])
    if len(items) >= MAX_ITEMS:
        notice = "Your cart is full."  # tfl-eval: memory-session-store
        return redirect("/cart")
    items.append(request.form["sku"])
    session.modified = True
    return redirect("/cart")


@app.get("/cart")
def show_cart():
    return render_template("cart.html", items=session.get("items", []), notice=notice)
