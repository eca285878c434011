-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "api_token" TEXT,
    "secret" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- Seed the first admin; the hash is bcrypt of a password the operator changes on first login.
INSERT INTO "User" ("id", "email", "password_hash") VALUES ('admin', 'admin@shop.test', '$2b$12$Hk1vG9uVJ0m7xQn4s8c2LeO6Zq3yT5rW1pD8fA0bC2eG4iK6mN8oQ');

CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
