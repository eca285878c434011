# -*- coding: utf-8 -*-
from gluon.tools import Auth, Service, PluginManager, Mail

db = DAL("mysql://clinic_app:jwPNmuDEqiWDLjH2@mysql.clinic.lan/clinic", pool_size=10, migrate=False)  # tfl-eval: hardcoded-credential, hardcoded-backing-service

auth = Auth(db, hmac_key="sha512:406b0df9-2ff6-305b-35be-deae4bb438f7")  # tfl-eval: hardcoded-credential
auth.define_tables(username=False, signature=False)

mail = auth.settings.mailer
mail.settings.server = "smtp.office365.com:587" # tfl-eval: hardcoded-backing-service
mail.settings.sender = "appointments@clinic.example"
mail.settings.login = "appointments@clinic.example:q0GSbfIJrMs9XzfK"  # tfl-eval: hardcoded-credential

auth.settings.registration_requires_verification = True
auth.settings.reset_password_requires_verification = True
auth.messages.invalid_password = "Password incorrect, please try again"  # tfl-eval-not: hardcoded-credential
