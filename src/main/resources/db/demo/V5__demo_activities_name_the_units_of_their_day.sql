-- An activity names the provinces and departments in force on its own day (planned start, else deadline, else
-- the last day of its plan year). The demo's activities of early 2025 were written with the units of 1 July 2025
-- (and of 1 March 2025): each such unit is replaced by the unit it was formed from that bears the same name, else
-- the same code, else the first listed.

create temporary table demo_unit_day on commit drop as
select a.id as activity_id, coalesce(a.planned_start, a.deadline, make_date(p.year, 12, 31)) as day
  from activities a join plans p on p.id = a.plan_id;

-- Provinces: a unit of 1 July 2025 named by an activity of an earlier day.
create temporary table demo_province_fix on commit drop as
select ap.activity_id, ap.province_id as named_id,
       (select o.id from provinces o join provinces n on n.id = ap.province_id
         where o.successor_id = n.id
         order by (o.name_vi = n.name_vi) desc, (o.code = n.code) desc, o.id limit 1) as predecessor_id
  from activity_partner_provinces ap
  join demo_unit_day u on u.activity_id = ap.activity_id
  join provinces pr on pr.id = ap.province_id
 where u.day < pr.valid_from;

update activity_partner_provinces ap set province_id = f.predecessor_id
  from demo_province_fix f
 where ap.activity_id = f.activity_id and ap.province_id = f.named_id and f.predecessor_id is not null;

-- Departments: a department of 1 March 2025 leading or coordinating an activity of an earlier day.
create temporary table demo_department_predecessor on commit drop as
select n.id as named_id,
       (select o.id from departments o where o.successor_id = n.id
         order by (o.name_vi = n.name_vi) desc, o.id limit 1) as predecessor_id
  from departments n where n.valid_from is not null;

update activities a set lead_department_id = d.predecessor_id
  from demo_unit_day u, departments n, demo_department_predecessor d
 where u.activity_id = a.id and n.id = a.lead_department_id and d.named_id = n.id
   and u.day < n.valid_from and d.predecessor_id is not null;

update activity_coordinating_departments c set department_id = d.predecessor_id
  from demo_unit_day u, departments n, demo_department_predecessor d
 where u.activity_id = c.activity_id and n.id = c.department_id and d.named_id = n.id
   and u.day < n.valid_from and d.predecessor_id is not null;
