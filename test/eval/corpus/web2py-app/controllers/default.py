# -*- coding: utf-8 -*-
def index():
    return dict(message=T("Welcome to the clinic portal"))


def user():
    return dict(form=auth())


@auth.requires_login()
def appointments():
    rows = db(db.appointment.patient == auth.user_id).select(orderby=db.appointment.starts_at)
    return dict(rows=rows)
