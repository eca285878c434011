from piccolo.columns import Integer, Varchar
from piccolo.table import Table


class Ticket(Table):
    subject = Varchar(length=200)
    priority = Integer(default=2)
