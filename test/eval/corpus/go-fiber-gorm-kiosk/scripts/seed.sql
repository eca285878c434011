INSERT INTO kiosks (name, location) VALUES ('Lobby', 'HQ');
