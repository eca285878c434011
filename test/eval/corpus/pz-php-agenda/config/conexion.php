<?php
const SERVIDOR = "mysql.agenda-hosting.net"; // tfl-eval: hardcoded-backing-service
const DB_NAME = "agenda";
const DB_USER = "agenda_app";
const DB_DSN = "mysql:host=" . SERVIDOR . ";dbname=" . DB_NAME . ";charset=utf8mb4";
const APP_NAME = "Agenda";
const APP_URL = "https://agenda.example.com/";
