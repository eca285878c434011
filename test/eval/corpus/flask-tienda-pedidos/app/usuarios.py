from flask import Blueprint, request
from werkzeug.security import check_password_hash

from .modelos import Usuario

bp = Blueprint("usuarios", __name__)

ADMIN_CONTRASENA = "lCuPsY8g8OVsplt2"  # tfl-eval: hardcoded-credential


@bp.post("/login")
def login():
    contrasena = request.form.get("contrasena", "")  # tfl-eval-not: hardcoded-credential
    usuario = Usuario.query.filter_by(correo=request.form["correo"]).first()
    if usuario is None or not check_password_hash(usuario.contrasena, contrasena):
        return {"error": "Contraseña incorrecta"}, 401
    clave = "usuario_id"  # tfl-eval-not: hardcoded-credential
    return {clave: usuario.id}
