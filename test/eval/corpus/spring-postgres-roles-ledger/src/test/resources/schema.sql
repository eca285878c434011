CREATE USER test_user WITH PASSWORD 'test';
GRANT ALL ON SCHEMA public TO test_user;
