-- Run as SYSTEM on the warehouse PDB.
CREATE USER batch_app IDENTIFIED BY "lPWtUDt8ZHOsw5QY" -- tfl-eval: hardcoded-credential
  DEFAULT TABLESPACE users QUOTA UNLIMITED ON users;
GRANT CREATE SESSION, CREATE TABLE TO batch_app;

ALTER USER batch_reader IDENTIFIED BY Hfdzwps8QYsVH2 ACCOUNT UNLOCK; -- tfl-eval: hardcoded-credential

CREATE USER ops_ext IDENTIFIED EXTERNALLY; -- tfl-eval-not: hardcoded-credential

CREATE DATABASE LINK legacy_erp
  CONNECT TO erp_reader IDENTIFIED BY "7*0yy2FVKA!ibV" -- tfl-eval: hardcoded-credential
  USING 'ERPPROD';
