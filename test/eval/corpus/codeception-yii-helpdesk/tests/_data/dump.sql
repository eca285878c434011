INSERT INTO "user" (username, email, password_hash, auth_key) VALUES
('agent', 'agent@example.test', '$2y$13$EjaPFBnZOQsHdGuHI.xvhuDp1fHpo8hKRSk6yshqa9c5EG8s3C3lO', 'tUu1qHcde0diwUol3xeI-18MuHkkprQI');
