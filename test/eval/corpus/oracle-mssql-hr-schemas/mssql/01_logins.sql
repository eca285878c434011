USE [master];
GO
CREATE LOGIN [hr_reports] WITH PASSWORD = N'Tz8Wq3Mn6Bv1KcRe', CHECK_POLICY = OFF; -- tfl-eval: hardcoded-credential
GO
ALTER LOGIN [sa] WITH PASSWORD = 'OLUzpyRgVCzB6Sa'; -- tfl-eval: hardcoded-credential
GO
CREATE MASTER KEY ENCRYPTION BY PASSWORD = 'wijsiYkCshboipMk'; -- tfl-eval: hardcoded-credential
GO
EXEC sp_addlinkedsrvlogin @rmtsrvname = N'PAYROLL', @useself = N'False', @rmtuser = N'payroll_ro', @rmtpassword = N'NOLAKEezkHrwrz9'; -- tfl-eval: hardcoded-credential
GO
-- The application reads its own login from the environment at start-up.
CREATE USER [hr_app] FOR LOGIN [hr_app]; -- tfl-eval-not: hardcoded-credential
