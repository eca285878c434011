from flask import Flask, redirect, render_template, request

from models import Recipe, Unit

app = Flask(__name__)


@app.route("/recipes", methods=["GET"])
def index():
    return render_template("recipes.html", recipes=Recipe.all(), units=Unit.choices())


@app.route("/recipes", methods=["POST"])
def create():
    Recipe(request.form["title"], request.form["steps"]).save()
    return redirect("/recipes")
