-- Names sort as a Vietnamese dictionary orders them (issue 15, section 6): Hà Tĩnh before Huế, Cà Mau before
-- Cao Bằng, the Đ- names right after the D- names. The database's own collation (C) orders by code point, so
-- the names get PostgreSQL's ICU collation for Vietnamese; every "order by name_vi" follows it.
create collation if not exists vi_vn (provider = icu, locale = 'vi-VN');

alter table provinces alter column name_vi type varchar(100) collate vi_vn;
alter table provinces alter column name_vi_full type varchar(150) collate vi_vn;
alter table departments alter column name_vi type varchar(200) collate vi_vn;
alter table cooperation_groups alter column name_vi type varchar(300) collate vi_vn;
alter table indicators alter column name_vi type varchar(300) collate vi_vn;

-- The security log speaks the reader's language: beside the English detail (for the server log and searches),
-- a message key and its arguments, rendered in Vietnamese or English when the log is read.
alter table security_events add column detail_key varchar(100), add column detail_args text[];
