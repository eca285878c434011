from pyinfra import local

local.include("tasks/app.py")
