create table shifts (id bigserial primary key, nurse text not null, starts_at timestamptz not null);
---- create above / drop below ----
drop table shifts;
