const express = require("express");
const app = express();
app.use(express.json());
app.post("/api/auth/signin", require("./app/controllers/auth.controller").signin);
const server = app.listen(process.env.PORT || 8080);
process.on("SIGTERM", () => server.close());
