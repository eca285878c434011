USE [master];
GO
CREATE LOGIN [batch_loader] WITH PASSWORD = N'S0kGNq1XHUU#c95vC%', CHECK_POLICY = OFF; -- tfl-eval: hardcoded-credential
GO
CREATE LOGIN [CORP\svc-warehouse] FROM WINDOWS; -- tfl-eval-not: hardcoded-credential
GO
ALTER LOGIN [report_reader] WITH PASSWORD = 'rVMybmixhhAWzQbC' OLD_PASSWORD = '0DE9N8wuZed1EgP7'; -- tfl-eval: hardcoded-credential
GO
CREATE MASTER KEY ENCRYPTION BY PASSWORD = 'h5Kqrtg4eLcl*Ooo4FI4B#'; -- tfl-eval: hardcoded-credential
GO
