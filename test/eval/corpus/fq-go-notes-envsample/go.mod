module github.com/notes/api

go 1.22

require github.com/joho/godotenv v1.5.1
