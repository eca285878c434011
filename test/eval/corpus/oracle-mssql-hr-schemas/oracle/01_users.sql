-- HR schema owner and the batch account, run by the DBA with sqlplus.
CREATE USER hr_app IDENTIFIED BY Xq2Lm9Vb4Nc7Rt DEFAULT TABLESPACE users QUOTA UNLIMITED ON users; -- tfl-eval: hardcoded-credential
CREATE USER hr_batch IDENTIFIED BY "k9Fv2Qw7Zx4Lp1" PASSWORD EXPIRE; -- tfl-eval: hardcoded-credential
CREATE USER hr_sso IDENTIFIED EXTERNALLY; -- tfl-eval-not: hardcoded-credential
GRANT CREATE SESSION, CREATE TABLE TO hr_app;
CREATE DATABASE LINK payroll_link CONNECT TO payroll_ro IDENTIFIED BY Hr5Yd2Jk8Pw4Gs USING 'PAYROLL'; -- tfl-eval: hardcoded-credential
