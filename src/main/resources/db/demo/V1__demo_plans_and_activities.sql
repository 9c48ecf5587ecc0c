-- Demo records (embedded mode only): plans 2023-2026 and realistic activities over 2022-2026.
-- Titles draw on publicly reported events (shared/data/hanoi_cooperation_events.csv) where they fit;
-- the rest are illustrations. Every page shows the 'Dữ liệu mẫu' banner in this mode.

insert into plans (year, number, issued_on, title_vi, title_en, summary_vi, summary_en) values (2023, null, null, 'Kế hoạch hợp tác phát triển giữa thành phố Hà Nội và các địa phương năm 2023 (dữ liệu mẫu)', 'Development cooperation plan between Hanoi and the provinces for 2023 (demo data)', 'Kế hoạch mẫu dùng để chạy thử cổng; không phải văn bản chính thức.', 'A demo plan for trying the portal; not an official document.');
insert into plan_groups (plan_id, group_id) select p.id, g.id from plans p cross join cooperation_groups g where p.year = 2023;
insert into plans (year, number, issued_on, title_vi, title_en, summary_vi, summary_en) values (2024, null, null, 'Kế hoạch hợp tác phát triển giữa thành phố Hà Nội và các địa phương năm 2024 (dữ liệu mẫu)', 'Development cooperation plan between Hanoi and the provinces for 2024 (demo data)', 'Kế hoạch mẫu dùng để chạy thử cổng; không phải văn bản chính thức.', 'A demo plan for trying the portal; not an official document.');
insert into plan_groups (plan_id, group_id) select p.id, g.id from plans p cross join cooperation_groups g where p.year = 2024;
insert into plans (year, number, issued_on, title_vi, title_en, summary_vi, summary_en) values (2025, null, null, 'Kế hoạch hợp tác phát triển giữa thành phố Hà Nội và các địa phương năm 2025 (dữ liệu mẫu)', 'Development cooperation plan between Hanoi and the provinces for 2025 (demo data)', 'Kế hoạch mẫu dùng để chạy thử cổng; không phải văn bản chính thức.', 'A demo plan for trying the portal; not an official document.');
insert into plan_groups (plan_id, group_id) select p.id, g.id from plans p cross join cooperation_groups g where p.year = 2025;
insert into plans (year, number, issued_on, title_vi, title_en, summary_vi, summary_en) values (2026, null, null, 'Kế hoạch hợp tác phát triển giữa thành phố Hà Nội và các địa phương năm 2026 (dữ liệu mẫu)', 'Development cooperation plan between Hanoi and the provinces for 2026 (demo data)', 'Kế hoạch mẫu dùng để chạy thử cổng; không phải văn bản chính thức.', 'A demo plan for trying the portal; not an official document.');
insert into plan_groups (plan_id, group_id) select p.id, g.id from plans p cross join cooperation_groups g where p.year = 2026;

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Tuần hàng Hà Nội – Nghệ An 2022 và hội nghị xúc tiến đầu tư tại TP. Vinh', 'Dựa trên sự kiện đã được báo chí đưa tin (9–12/6/2022), do Trung tâm Xúc tiến Đầu tư, Thương mại, Du lịch Hà Nội phối hợp với Trung tâm Xúc tiến của Nghệ An tổ chức.', date '2022-06-09', date '2022-06-12', date '2022-06-12', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', null, null, false, timestamptz '2022-06-12 09:00:00+07', timestamptz '2022-06-09 08:30:00+07', timestamptz '2022-06-12 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 2 join departments d on d.code = 'SCT' where p.year = 2022
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('HPA','SKHDT')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('40') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2022-06-09', 'Đã tổ chức khảo sát thực tế tại địa phương.', 'Dữ liệu mẫu'), ((select id from a), date '2022-06-10', 'Đã phát hành văn bản đề nghị các đơn vị phối hợp cử đầu mối.', 'Dữ liệu mẫu'), ((select id from a), date '2022-06-11', 'Tổng hợp kết quả, chuẩn bị báo cáo gửi Sở Tài chính.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Hội nghị xúc tiến đầu tư, thương mại, du lịch và OCOP Hà Nội – Quảng Ninh tại Hạ Long', 'Ký biên bản ghi nhớ hợp tác xúc tiến. Ngày tổ chức suy ra từ tin bài (tháng 8/2023).', date '2023-08-01', date '2023-08-31', date '2023-08-24', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', null, null, true, timestamptz '2023-08-24 09:00:00+07', timestamptz '2023-08-01 08:30:00+07', timestamptz '2023-08-24 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 1 join departments d on d.code = 'SKHDT' where p.year = 2023
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('HPA','SCT','SDL')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('22') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2023-08-16', 'Đã làm việc với Sở, ngành đầu mối của địa phương, thống nhất nội dung và thời gian.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Triển khai biên bản ghi nhớ hợp tác toàn diện Hà Nội – TP. Hồ Chí Minh giai đoạn 2023–2025', 'Ký ngày 18/10/2023 với 9 lĩnh vực hợp tác.', date '2023-10-18', date '2023-12-31', date '2024-01-15', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', null, null, true, timestamptz '2024-01-15 09:00:00+07', timestamptz '2023-10-18 08:30:00+07', timestamptz '2024-01-15 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 1 join departments d on d.code = 'SKHDT' where p.year = 2023
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SCT','SDL','SGDDT')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('79') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2023-11-22', 'Đã làm việc với Sở, ngành đầu mối của địa phương, thống nhất nội dung và thời gian.', 'Dữ liệu mẫu'), ((select id from a), date '2023-12-28', 'Hoàn thiện dự toán kinh phí, trình cấp có thẩm quyền phê duyệt.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Khánh thành Trường Tiểu học Hà Nội – Điện Biên Phủ do Hà Nội hỗ trợ xây dựng', 'Tổng mức hỗ trợ được báo chí nêu khoảng 65 tỷ đồng; khánh thành ngày 25/4/2024.', date '2023-09-01', date '2024-04-30', date '2024-04-25', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 65000000000, 65000000000, true, timestamptz '2024-04-25 09:00:00+07', timestamptz '2023-09-01 08:30:00+07', timestamptz '2024-04-25 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 6 join departments d on d.code = 'SGDDT' where p.year = 2024
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SKHDT','SXD')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('11') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2024-02-06', 'Hoàn thiện dự toán kinh phí, trình cấp có thẩm quyền phê duyệt.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Trao quà an sinh xã hội cho người dân Điện Biên nhân dịp kỷ niệm 70 năm Chiến thắng Điện Biên Phủ', 'Đã tổ chức thực hiện theo kế hoạch.', date '2024-04-01', date '2024-04-30', date '2024-04-25', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', null, null, true, timestamptz '2024-04-25 09:00:00+07', timestamptz '2024-04-01 08:30:00+07', timestamptz '2024-04-25 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 14 join departments d on d.code = 'SLDTBXH' where p.year = 2024
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SYT')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('11') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2024-04-07', 'Đã tổ chức khảo sát thực tế tại địa phương.', 'Dữ liệu mẫu'), ((select id from a), date '2024-04-14', 'Đã phát hành văn bản đề nghị các đơn vị phối hợp cử đầu mối.', 'Dữ liệu mẫu'), ((select id from a), date '2024-04-21', 'Tổng hợp kết quả, chuẩn bị báo cáo gửi Sở Tài chính.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Trao hỗ trợ an sinh xã hội cho tỉnh Hà Giang', 'Đoàn công tác của Thành phố làm việc với tỉnh Hà Giang ngày 10/6/2024.', date '2024-05-15', date '2024-06-15', date '2024-06-10', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', null, null, true, timestamptz '2024-06-10 09:00:00+07', timestamptz '2024-05-15 08:30:00+07', timestamptz '2024-06-10 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 14 join departments d on d.code = 'SLDTBXH' where p.year = 2024
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SNV')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('02') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2024-05-25', 'Tổng hợp kết quả, chuẩn bị báo cáo gửi Sở Tài chính.', 'Dữ liệu mẫu'), ((select id from a), date '2024-06-04', 'Đã làm việc với Sở, ngành đầu mối của địa phương, thống nhất nội dung và thời gian.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Phối hợp tổ chức giao thông tuyến vận tải khách Hà Nội – Lạng Sơn, Quảng Ninh và Điện Biên', 'Đã tổ chức thực hiện theo kế hoạch.', date '2022-02-23', date '2022-04-24', date '2022-04-13', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 50000000, 36000000, true, timestamptz '2022-04-13 09:00:00+07', timestamptz '2022-02-23 08:30:00+07', timestamptz '2022-04-13 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 13 join departments d on d.code = 'SGTVT' where p.year = 2022
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SVHTT')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('20','22','11') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2022-03-27', 'Đã làm việc với Sở, ngành đầu mối của địa phương, thống nhất nội dung và thời gian.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Giao lưu thể thao giữa Hà Nội và Cần Thơ, Lâm Đồng và TP. Hồ Chí Minh', 'Đã tổ chức thực hiện theo kế hoạch.', date '2022-06-04', date '2022-07-19', date '2022-07-18', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 120000000, 102000000, true, timestamptz '2022-07-18 09:00:00+07', timestamptz '2022-06-04 08:30:00+07', timestamptz '2022-07-18 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 5 join departments d on d.code = 'SVHTT' where p.year = 2022
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SYT')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('92','68','79') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2022-06-21', 'Tổng hợp kết quả, chuẩn bị báo cáo gửi Sở Tài chính.', 'Dữ liệu mẫu'), ((select id from a), date '2022-07-09', 'Đã làm việc với Sở, ngành đầu mối của địa phương, thống nhất nội dung và thời gian.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Chia sẻ nền tảng số dùng chung của Hà Nội với Đắk Lắk, Hòa Bình và Lào Cai', 'Đã tổ chức thực hiện theo kế hoạch.', date '2022-01-06', date '2022-05-06', date '2022-04-26', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 200000000, 158000000, true, timestamptz '2022-04-26 09:00:00+07', timestamptz '2022-01-06 08:30:00+07', timestamptz '2022-04-26 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 12 join departments d on d.code = 'STTTT' where p.year = 2022
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('66','17','10') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2022-03-20', 'Tổng hợp kết quả, chuẩn bị báo cáo gửi Sở Tài chính.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Hỗ trợ tiêu thụ nông sản mùa vụ của Yên Bái, Hòa Bình và Lạng Sơn tại Hà Nội', 'Đã tổ chức thực hiện theo kế hoạch.', date '2022-09-26', date '2022-12-25', date '2023-01-12', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 80000000, 61000000, true, timestamptz '2023-01-12 09:00:00+07', timestamptz '2022-09-26 08:30:00+07', timestamptz '2023-01-12 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 4 join departments d on d.code = 'SNNPTNT' where p.year = 2022
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SYT')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('15','17','20') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2022-12-07', 'Hoàn thiện dự toán kinh phí, trình cấp có thẩm quyền phê duyệt.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Trao đổi kinh nghiệm xử lý chất thải rắn với Hà Giang và An Giang', 'Đã tổ chức thực hiện theo kế hoạch.', date '2022-07-22', date '2022-09-05', date '2022-09-04', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', null, null, true, timestamptz '2022-09-04 09:00:00+07', timestamptz '2022-07-22 08:30:00+07', timestamptz '2022-09-04 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 11 join departments d on d.code = 'STNMT' where p.year = 2022
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SGDDT','SDL')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('02','89') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2022-08-08', 'Đã làm việc với Sở, ngành đầu mối của địa phương, thống nhất nội dung và thời gian.', 'Dữ liệu mẫu'), ((select id from a), date '2022-08-26', 'Hoàn thiện dự toán kinh phí, trình cấp có thẩm quyền phê duyệt.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Liên kết tour, tuyến du lịch Hà Nội – Thừa Thiên Huế và Cà Mau', 'Đã tổ chức thực hiện theo kế hoạch.', date '2022-03-26', date '2022-04-25', date '2022-05-31', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 50000000, 46000000, true, timestamptz '2022-05-31 09:00:00+07', timestamptz '2022-03-26 08:30:00+07', timestamptz '2022-05-31 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 3 join departments d on d.code = 'SDL' where p.year = 2022
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('46','96') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2022-05-09', 'Đã tổ chức khảo sát thực tế tại địa phương.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Trao đổi kinh nghiệm quản lý đô thị giữa Hà Nội và Cà Mau', 'Đã tổ chức thực hiện theo kế hoạch.', date '2022-07-13', date '2022-11-10', date '2022-10-26', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 1200000000, 1122000000, false, timestamptz '2022-10-26 09:00:00+07', timestamptz '2022-07-13 08:30:00+07', timestamptz '2022-10-26 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 10 join departments d on d.code = 'SXD' where p.year = 2022
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SDL')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('96') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2022-09-21', 'Đã tổ chức khảo sát thực tế tại địa phương.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Kết nối cung cầu hàng hóa giữa Hà Nội và Lai Châu', 'Đã tổ chức thực hiện theo kế hoạch.', date '2022-09-17', date '2022-12-31', date '2022-12-11', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 50000000, 38000000, false, timestamptz '2022-12-11 09:00:00+07', timestamptz '2022-09-17 08:30:00+07', timestamptz '2022-12-11 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 2 join departments d on d.code = 'SCT' where p.year = 2022
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SYT','SDL')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('12') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2022-10-11', 'Tổng hợp kết quả, chuẩn bị báo cáo gửi Sở Tài chính.', 'Dữ liệu mẫu'), ((select id from a), date '2022-11-04', 'Đã làm việc với Sở, ngành đầu mối của địa phương, thống nhất nội dung và thời gian.', 'Dữ liệu mẫu'), ((select id from a), date '2022-11-28', 'Hoàn thiện dự toán kinh phí, trình cấp có thẩm quyền phê duyệt.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Hợp tác ứng dụng khoa học công nghệ trong sản xuất nông nghiệp tại Cao Bằng, Bắc Kạn và Đà Nẵng', 'Đã tổ chức thực hiện theo kế hoạch.', date '2022-01-04', date '2022-03-05', date '2022-02-14', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', null, null, true, timestamptz '2022-02-14 09:00:00+07', timestamptz '2022-01-04 08:30:00+07', timestamptz '2022-02-14 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 9 join departments d on d.code = 'SKHCN' where p.year = 2022
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('04','06','48') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2022-01-20', 'Đã làm việc với Sở, ngành đầu mối của địa phương, thống nhất nội dung và thời gian.', 'Dữ liệu mẫu'), ((select id from a), date '2022-02-05', 'Hoàn thiện dự toán kinh phí, trình cấp có thẩm quyền phê duyệt.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Giới thiệu danh mục dự án kêu gọi đầu tư của Ninh Bình, Hải Phòng và Hà Tĩnh tới doanh nghiệp Hà Nội', 'Đã tổ chức thực hiện theo kế hoạch.', date '2022-02-28', date '2022-04-14', date '2022-04-24', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 50000000, 49000000, true, timestamptz '2022-04-24 09:00:00+07', timestamptz '2022-02-28 08:30:00+07', timestamptz '2022-04-24 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 1 join departments d on d.code = 'SKHDT' where p.year = 2022
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('37','31','42') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2022-03-15', 'Đã làm việc với Sở, ngành đầu mối của địa phương, thống nhất nội dung và thời gian.', 'Dữ liệu mẫu'), ((select id from a), date '2022-03-31', 'Hoàn thiện dự toán kinh phí, trình cấp có thẩm quyền phê duyệt.', 'Dữ liệu mẫu'), ((select id from a), date '2022-04-16', 'Đã tổ chức khảo sát thực tế tại địa phương.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Phối hợp tuyên truyền về hợp tác Hà Nội – Hòa Bình, Điện Biên và Cà Mau trên báo chí', 'Đã tổ chức thực hiện theo kế hoạch.', date '2022-01-10', date '2022-04-10', date '2022-04-01', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 80000000, 56000000, true, timestamptz '2022-04-01 09:00:00+07', timestamptz '2022-01-10 08:30:00+07', timestamptz '2022-04-01 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 8 join departments d on d.code = 'STTTT' where p.year = 2022
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SGDDT')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('17','11','96') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2022-03-05', 'Tổng hợp kết quả, chuẩn bị báo cáo gửi Sở Tài chính.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Hội thảo pháp luật về liên kết vùng Hà Nội – Đắk Lắk', 'Đã tổ chức thực hiện theo kế hoạch.', date '2022-04-26', date '2022-06-25', date '2022-07-17', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 200000000, 166000000, true, timestamptz '2022-07-17 09:00:00+07', timestamptz '2022-04-26 08:30:00+07', timestamptz '2022-07-17 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 15 join departments d on d.code = 'STP' where p.year = 2022
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SLDTBXH','SVHTT')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('66') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2022-06-19', 'Đã tổ chức khảo sát thực tế tại địa phương.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Khám bệnh, cấp thuốc miễn phí cho người dân Quảng Ninh', 'Đã tổ chức thực hiện theo kế hoạch.', date '2022-07-14', date '2022-08-13', date '2022-08-05', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', null, null, true, timestamptz '2022-08-05 09:00:00+07', timestamptz '2022-07-14 08:30:00+07', timestamptz '2022-08-05 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 7 join departments d on d.code = 'SYT' where p.year = 2022
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SLDTBXH','SVHTT')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('22') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2022-07-22', 'Tổng hợp kết quả, chuẩn bị báo cáo gửi Sở Tài chính.', 'Dữ liệu mẫu'), ((select id from a), date '2022-07-31', 'Đã làm việc với Sở, ngành đầu mối của địa phương, thống nhất nội dung và thời gian.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Trao quà an sinh xã hội cho hộ nghèo Quảng Ninh', 'Đã tổ chức thực hiện theo kế hoạch.', date '2022-03-05', date '2022-09-01', date '2022-09-01', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 200000000, 179000000, true, timestamptz '2022-09-01 09:00:00+07', timestamptz '2022-03-05 08:30:00+07', timestamptz '2022-09-01 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 14 join departments d on d.code = 'SLDTBXH' where p.year = 2022
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('HPA')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('22') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2022-04-25', 'Đã tổ chức khảo sát thực tế tại địa phương.', 'Dữ liệu mẫu'), ((select id from a), date '2022-06-15', 'Đã phát hành văn bản đề nghị các đơn vị phối hợp cử đầu mối.', 'Dữ liệu mẫu'), ((select id from a), date '2022-08-06', 'Tổng hợp kết quả, chuẩn bị báo cáo gửi Sở Tài chính.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Hỗ trợ xây dựng trường học tại Quảng Ninh', 'Không triển khai do trùng với chương trình khác.', date '2022-08-28', date '2022-11-26', null, null, 'CANCELLED', 350000000, null, true, timestamptz '2022-11-26 09:00:00+07', timestamptz '2022-08-28 08:30:00+07', timestamptz '2022-11-26 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 6 join departments d on d.code = 'SGDDT' where p.year = 2022
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('HPA')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('22') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2022-09-22', 'Hoàn thiện dự toán kinh phí, trình cấp có thẩm quyền phê duyệt.', 'Dữ liệu mẫu'), ((select id from a), date '2022-10-18', 'Đã tổ chức khảo sát thực tế tại địa phương.', 'Dữ liệu mẫu'), ((select id from a), date '2022-11-13', 'Đã phát hành văn bản đề nghị các đơn vị phối hợp cử đầu mối.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Phối hợp tổ chức giao thông tuyến vận tải khách Hà Nội – An Giang, Lạng Sơn và Cần Thơ', 'Đã tổ chức thực hiện theo kế hoạch.', date '2022-07-14', date '2022-10-12', date '2022-11-16', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 200000000, 173000000, true, timestamptz '2022-11-16 09:00:00+07', timestamptz '2022-07-14 08:30:00+07', timestamptz '2022-11-16 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 13 join departments d on d.code = 'SGTVT' where p.year = 2022
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SNNPTNT','SDL')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('89','20','92') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2022-10-05', 'Hoàn thiện dự toán kinh phí, trình cấp có thẩm quyền phê duyệt.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Tư vấn, tuyển dụng lao động Thanh Hóa vào doanh nghiệp Hà Nội', 'Đã tổ chức thực hiện theo kế hoạch.', date '2023-09-09', date '2023-12-31', date '2023-12-23', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 200000000, 178000000, false, timestamptz '2023-12-23 09:00:00+07', timestamptz '2023-09-09 08:30:00+07', timestamptz '2023-12-23 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 14 join departments d on d.code = 'SLDTBXH' where p.year = 2023
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('38') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2023-10-09', 'Hoàn thiện dự toán kinh phí, trình cấp có thẩm quyền phê duyệt.', 'Dữ liệu mẫu'), ((select id from a), date '2023-11-08', 'Đã tổ chức khảo sát thực tế tại địa phương.', 'Dữ liệu mẫu'), ((select id from a), date '2023-12-08', 'Đã phát hành văn bản đề nghị các đơn vị phối hợp cử đầu mối.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Bồi dưỡng giáo viên cốt cán của Hà Nam và Cần Thơ tại Hà Nội', 'Đã tổ chức thực hiện theo kế hoạch.', date '2023-04-25', date '2023-05-25', date '2023-05-16', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 200000000, 191000000, true, timestamptz '2023-05-16 09:00:00+07', timestamptz '2023-04-25 08:30:00+07', timestamptz '2023-05-16 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 6 join departments d on d.code = 'SGDDT' where p.year = 2023
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('35','92') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2023-05-09', 'Đã làm việc với Sở, ngành đầu mối của địa phương, thống nhất nội dung và thời gian.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Kết nối hạ tầng giao thông liên vùng Hà Nội – TP. Hồ Chí Minh', 'Đã tổ chức thực hiện theo kế hoạch.', date '2023-03-12', date '2023-07-10', date '2023-06-28', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 80000000, 79000000, true, timestamptz '2023-06-28 09:00:00+07', timestamptz '2023-03-12 08:30:00+07', timestamptz '2023-06-28 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 13 join departments d on d.code = 'SGTVT' where p.year = 2023
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('STC')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('79') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2023-05-23', 'Hoàn thiện dự toán kinh phí, trình cấp có thẩm quyền phê duyệt.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Trao đổi đoàn nghệ thuật Hà Nội – Sơn La', 'Đã tổ chức thực hiện theo kế hoạch.', date '2023-02-09', date '2023-08-08', date '2023-07-20', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 1200000000, 1197000000, true, timestamptz '2023-07-20 09:00:00+07', timestamptz '2023-02-09 08:30:00+07', timestamptz '2023-07-20 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 5 join departments d on d.code = 'SVHTT' where p.year = 2023
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('14') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2023-03-27', 'Đã làm việc với Sở, ngành đầu mối của địa phương, thống nhất nội dung và thời gian.', 'Dữ liệu mẫu'), ((select id from a), date '2023-05-12', 'Hoàn thiện dự toán kinh phí, trình cấp có thẩm quyền phê duyệt.', 'Dữ liệu mẫu'), ((select id from a), date '2023-06-27', 'Đã tổ chức khảo sát thực tế tại địa phương.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Tập huấn chuyển đổi số cho cán bộ Nghệ An', 'Đã tổ chức thực hiện theo kế hoạch.', date '2023-03-27', date '2023-04-26', date '2023-04-18', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 1200000000, 861000000, true, timestamptz '2023-04-18 09:00:00+07', timestamptz '2023-03-27 08:30:00+07', timestamptz '2023-04-18 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 12 join departments d on d.code = 'STTTT' where p.year = 2023
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SGDDT')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('40') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2023-04-10', 'Hoàn thiện dự toán kinh phí, trình cấp có thẩm quyền phê duyệt.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Hỗ trợ tiêu thụ nông sản mùa vụ của TP. Hồ Chí Minh, Hòa Bình và Quảng Ninh tại Hà Nội', 'Đã tổ chức thực hiện theo kế hoạch.', date '2023-06-02', date '2023-07-02', date '2023-07-04', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 500000000, 353000000, true, timestamptz '2023-07-04 09:00:00+07', timestamptz '2023-06-02 08:30:00+07', timestamptz '2023-07-04 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 4 join departments d on d.code = 'SNNPTNT' where p.year = 2023
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SLDTBXH')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('79','17','22') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2023-06-14', 'Hoàn thiện dự toán kinh phí, trình cấp có thẩm quyền phê duyệt.', 'Dữ liệu mẫu'), ((select id from a), date '2023-06-27', 'Đã tổ chức khảo sát thực tế tại địa phương.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Phối hợp xử lý ô nhiễm môi trường lưu vực sông liên tỉnh Hà Nội – Hòa Bình và Hà Tĩnh', 'Đã tổ chức thực hiện theo kế hoạch.', date '2023-07-27', date '2023-12-31', date '2023-12-14', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 120000000, 118000000, true, timestamptz '2023-12-14 09:00:00+07', timestamptz '2023-07-27 08:30:00+07', timestamptz '2023-12-14 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 11 join departments d on d.code = 'STNMT' where p.year = 2023
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('17','42') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2023-09-05', 'Đã làm việc với Sở, ngành đầu mối của địa phương, thống nhất nội dung và thời gian.', 'Dữ liệu mẫu'), ((select id from a), date '2023-10-15', 'Hoàn thiện dự toán kinh phí, trình cấp có thẩm quyền phê duyệt.', 'Dữ liệu mẫu'), ((select id from a), date '2023-11-24', 'Đã tổ chức khảo sát thực tế tại địa phương.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Famtrip giới thiệu điểm đến Đà Nẵng, Cà Mau và Nghệ An cho doanh nghiệp lữ hành Hà Nội', 'Đã tổ chức thực hiện theo kế hoạch.', date '2023-06-16', date '2023-10-14', date '2023-09-26', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 80000000, 62000000, false, timestamptz '2023-09-26 09:00:00+07', timestamptz '2023-06-16 08:30:00+07', timestamptz '2023-09-26 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 3 join departments d on d.code = 'SDL' where p.year = 2023
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('48','96','40') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2023-07-15', 'Hoàn thiện dự toán kinh phí, trình cấp có thẩm quyền phê duyệt.', 'Dữ liệu mẫu'), ((select id from a), date '2023-08-13', 'Đã tổ chức khảo sát thực tế tại địa phương.', 'Dữ liệu mẫu'), ((select id from a), date '2023-09-11', 'Đã phát hành văn bản đề nghị các đơn vị phối hợp cử đầu mối.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Hỗ trợ Bắc Kạn và Hòa Bình lập quy hoạch đô thị', 'Không triển khai do trùng với chương trình khác.', date '2023-07-18', date '2023-08-17', null, null, 'CANCELLED', null, null, true, timestamptz '2023-08-17 09:00:00+07', timestamptz '2023-07-18 08:30:00+07', timestamptz '2023-08-17 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 10 join departments d on d.code = 'SXD' where p.year = 2023
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('06','17') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2023-08-07', 'Đã tổ chức khảo sát thực tế tại địa phương.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Kết nối cung cầu hàng hóa giữa Hà Nội và Bắc Kạn', 'Đã tổ chức thực hiện theo kế hoạch.', date '2023-03-20', date '2023-05-04', date '2023-04-28', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 200000000, 162000000, false, timestamptz '2023-04-28 09:00:00+07', timestamptz '2023-03-20 08:30:00+07', timestamptz '2023-04-28 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 2 join departments d on d.code = 'SCT' where p.year = 2023
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SGDDT')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('06') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2023-03-31', 'Đã phát hành văn bản đề nghị các đơn vị phối hợp cử đầu mối.', 'Dữ liệu mẫu'), ((select id from a), date '2023-04-11', 'Tổng hợp kết quả, chuẩn bị báo cáo gửi Sở Tài chính.', 'Dữ liệu mẫu'), ((select id from a), date '2023-04-22', 'Đã làm việc với Sở, ngành đầu mối của địa phương, thống nhất nội dung và thời gian.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Đề tài nghiên cứu chung giữa Hà Nội và Cần Thơ, Lai Châu và Cao Bằng', 'Đã tổ chức thực hiện theo kế hoạch.', date '2023-02-24', date '2023-03-26', date '2023-03-06', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 500000000, 470000000, false, timestamptz '2023-03-06 09:00:00+07', timestamptz '2023-02-24 08:30:00+07', timestamptz '2023-03-06 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 9 join departments d on d.code = 'SKHCN' where p.year = 2023
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('STTTT')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('92','12','04') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2023-02-28', 'Đã phát hành văn bản đề nghị các đơn vị phối hợp cử đầu mối.', 'Dữ liệu mẫu'), ((select id from a), date '2023-03-04', 'Tổng hợp kết quả, chuẩn bị báo cáo gửi Sở Tài chính.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Hội nghị xúc tiến đầu tư Hà Nội – Lai Châu', 'Đã tổ chức thực hiện theo kế hoạch.', date '2023-04-16', date '2023-05-31', date '2023-05-27', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 50000000, 42000000, true, timestamptz '2023-05-27 09:00:00+07', timestamptz '2023-04-16 08:30:00+07', timestamptz '2023-05-27 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 1 join departments d on d.code = 'SKHDT' where p.year = 2023
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SYT')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('12') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2023-05-13', 'Đã tổ chức khảo sát thực tế tại địa phương.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Phối hợp tuyên truyền về hợp tác Hà Nội – Nghệ An và Ninh Bình trên báo chí', 'Đã tổ chức thực hiện theo kế hoạch.', date '2023-06-07', date '2023-08-06', date '2023-08-09', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', null, null, true, timestamptz '2023-08-09 09:00:00+07', timestamptz '2023-06-07 08:30:00+07', timestamptz '2023-08-09 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 8 join departments d on d.code = 'STTTT' where p.year = 2023
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SLDTBXH')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('40','37') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2023-06-25', 'Đã làm việc với Sở, ngành đầu mối của địa phương, thống nhất nội dung và thời gian.', 'Dữ liệu mẫu'), ((select id from a), date '2023-07-13', 'Hoàn thiện dự toán kinh phí, trình cấp có thẩm quyền phê duyệt.', 'Dữ liệu mẫu'), ((select id from a), date '2023-07-31', 'Đã tổ chức khảo sát thực tế tại địa phương.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Hội thảo pháp luật về liên kết vùng Hà Nội – Hà Nam', 'Đã tổ chức thực hiện theo kế hoạch.', date '2023-07-13', date '2023-08-12', date '2023-07-23', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 200000000, 169000000, true, timestamptz '2023-07-23 09:00:00+07', timestamptz '2023-07-13 08:30:00+07', timestamptz '2023-07-23 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 15 join departments d on d.code = 'STP' where p.year = 2023
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('35') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2023-07-19', 'Hoàn thiện dự toán kinh phí, trình cấp có thẩm quyền phê duyệt.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Đào tạo, chuyển giao kỹ thuật y tế cho bệnh viện tuyến tỉnh Cao Bằng', 'Không triển khai do trùng với chương trình khác.', date '2023-08-24', date '2023-12-31', null, null, 'CANCELLED', 50000000, null, false, timestamptz '2023-12-31 09:00:00+07', timestamptz '2023-08-24 08:30:00+07', timestamptz '2023-12-31 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 7 join departments d on d.code = 'SYT' where p.year = 2023
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SCT')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('04') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2023-09-29', 'Đã phát hành văn bản đề nghị các đơn vị phối hợp cử đầu mối.', 'Dữ liệu mẫu'), ((select id from a), date '2023-11-05', 'Tổng hợp kết quả, chuẩn bị báo cáo gửi Sở Tài chính.', 'Dữ liệu mẫu'), ((select id from a), date '2023-12-12', 'Đã làm việc với Sở, ngành đầu mối của địa phương, thống nhất nội dung và thời gian.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Trao quà an sinh xã hội cho hộ nghèo Điện Biên', 'Đã tổ chức thực hiện theo kế hoạch.', date '2023-03-20', date '2023-04-19', date '2023-04-19', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 50000000, 43000000, true, timestamptz '2023-04-19 09:00:00+07', timestamptz '2023-03-20 08:30:00+07', timestamptz '2023-04-19 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 14 join departments d on d.code = 'SLDTBXH' where p.year = 2023
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SCT')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('11') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2023-04-01', 'Hoàn thiện dự toán kinh phí, trình cấp có thẩm quyền phê duyệt.', 'Dữ liệu mẫu'), ((select id from a), date '2023-04-13', 'Đã tổ chức khảo sát thực tế tại địa phương.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Bồi dưỡng giáo viên cốt cán của Bắc Kạn tại Hà Nội', 'Đã tổ chức thực hiện theo kế hoạch.', date '2023-07-26', date '2023-09-09', date '2023-08-27', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 80000000, 79000000, true, timestamptz '2023-08-27 09:00:00+07', timestamptz '2023-07-26 08:30:00+07', timestamptz '2023-08-27 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 6 join departments d on d.code = 'SGDDT' where p.year = 2023
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('06') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2023-08-16', 'Đã làm việc với Sở, ngành đầu mối của địa phương, thống nhất nội dung và thời gian.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Phối hợp tổ chức giao thông tuyến vận tải khách Hà Nội – Hà Giang', 'Đã tổ chức thực hiện theo kế hoạch.', date '2023-05-07', date '2023-07-06', date '2023-06-18', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 200000000, 164000000, true, timestamptz '2023-06-18 09:00:00+07', timestamptz '2023-05-07 08:30:00+07', timestamptz '2023-06-18 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 13 join departments d on d.code = 'SGTVT' where p.year = 2023
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('STC')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('02') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2023-06-04', 'Đã làm việc với Sở, ngành đầu mối của địa phương, thống nhất nội dung và thời gian.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Trao đổi đoàn nghệ thuật Hà Nội – Cà Mau và Thanh Hóa', 'Đã tổ chức thực hiện theo kế hoạch.', date '2023-02-02', date '2023-06-02', date '2023-06-15', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 200000000, 178000000, true, timestamptz '2023-06-15 09:00:00+07', timestamptz '2023-02-02 08:30:00+07', timestamptz '2023-06-15 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 5 join departments d on d.code = 'SVHTT' where p.year = 2023
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('96','38') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2023-05-01', 'Đã phát hành văn bản đề nghị các đơn vị phối hợp cử đầu mối.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Tập huấn chuyển đổi số cho cán bộ An Giang, Hà Nam và Hòa Bình', 'Đã tổ chức thực hiện theo kế hoạch.', date '2023-03-27', date '2023-04-26', date '2023-04-14', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 200000000, 187000000, true, timestamptz '2023-04-14 09:00:00+07', timestamptz '2023-03-27 08:30:00+07', timestamptz '2023-04-14 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 12 join departments d on d.code = 'STTTT' where p.year = 2023
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SVHTT')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('89','35','17') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2023-04-03', 'Đã tổ chức khảo sát thực tế tại địa phương.', 'Dữ liệu mẫu'), ((select id from a), date '2023-04-10', 'Đã phát hành văn bản đề nghị các đơn vị phối hợp cử đầu mối.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Hội thảo pháp luật về liên kết vùng Hà Nội – Điện Biên', 'Đã tổ chức thực hiện theo kế hoạch.', date '2024-06-08', date '2024-09-06', date '2024-08-18', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 80000000, 74000000, true, timestamptz '2024-08-18 09:00:00+07', timestamptz '2024-06-08 08:30:00+07', timestamptz '2024-08-18 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 15 join departments d on d.code = 'STP' where p.year = 2024
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('11') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2024-07-25', 'Tổng hợp kết quả, chuẩn bị báo cáo gửi Sở Tài chính.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Đào tạo, chuyển giao kỹ thuật y tế cho bệnh viện tuyến tỉnh Hà Tĩnh', 'Đã tổ chức thực hiện theo kế hoạch.', date '2024-06-08', date '2024-12-05', date '2024-12-17', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 50000000, 49000000, true, timestamptz '2024-12-17 09:00:00+07', timestamptz '2024-06-08 08:30:00+07', timestamptz '2024-12-17 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 7 join departments d on d.code = 'SYT' where p.year = 2024
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('42') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2024-10-14', 'Đã tổ chức khảo sát thực tế tại địa phương.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Trao quà an sinh xã hội cho hộ nghèo Cà Mau và TP. Hồ Chí Minh', 'Đã tổ chức thực hiện theo kế hoạch.', date '2024-07-10', date '2024-12-31', date '2024-12-18', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 1200000000, 1092000000, true, timestamptz '2024-12-18 09:00:00+07', timestamptz '2024-07-10 08:30:00+07', timestamptz '2024-12-18 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 14 join departments d on d.code = 'SLDTBXH' where p.year = 2024
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SCT','SNNPTNT')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('96','79') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2024-08-25', 'Đã tổ chức khảo sát thực tế tại địa phương.', 'Dữ liệu mẫu'), ((select id from a), date '2024-10-10', 'Đã phát hành văn bản đề nghị các đơn vị phối hợp cử đầu mối.', 'Dữ liệu mẫu'), ((select id from a), date '2024-11-25', 'Tổng hợp kết quả, chuẩn bị báo cáo gửi Sở Tài chính.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Bồi dưỡng giáo viên cốt cán của Đắk Lắk tại Hà Nội', 'Đã tổ chức thực hiện theo kế hoạch.', date '2024-02-23', date '2024-04-23', date '2024-04-06', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', null, null, true, timestamptz '2024-04-06 09:00:00+07', timestamptz '2024-02-23 08:30:00+07', timestamptz '2024-04-06 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 6 join departments d on d.code = 'SGDDT' where p.year = 2024
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('HPA')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('66') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2024-03-06', 'Đã làm việc với Sở, ngành đầu mối của địa phương, thống nhất nội dung và thời gian.', 'Dữ liệu mẫu'), ((select id from a), date '2024-03-18', 'Hoàn thiện dự toán kinh phí, trình cấp có thẩm quyền phê duyệt.', 'Dữ liệu mẫu'), ((select id from a), date '2024-03-30', 'Đã tổ chức khảo sát thực tế tại địa phương.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Phối hợp tổ chức giao thông tuyến vận tải khách Hà Nội – Đà Nẵng', 'Đã tổ chức thực hiện theo kế hoạch.', date '2024-05-03', date '2024-07-02', date '2024-06-22', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 200000000, 175000000, false, timestamptz '2024-06-22 09:00:00+07', timestamptz '2024-05-03 08:30:00+07', timestamptz '2024-06-22 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 13 join departments d on d.code = 'SGTVT' where p.year = 2024
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('48') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2024-06-05', 'Tổng hợp kết quả, chuẩn bị báo cáo gửi Sở Tài chính.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Trao đổi đoàn nghệ thuật Hà Nội – Hà Nam', 'Đã tổ chức thực hiện theo kế hoạch.', date '2024-02-16', date '2024-03-17', date '2024-04-20', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 80000000, 62000000, true, timestamptz '2024-04-20 09:00:00+07', timestamptz '2024-02-16 08:30:00+07', timestamptz '2024-04-20 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 5 join departments d on d.code = 'SVHTT' where p.year = 2024
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('35') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2024-03-29', 'Đã làm việc với Sở, ngành đầu mối của địa phương, thống nhất nội dung và thời gian.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Tập huấn chuyển đổi số cho cán bộ Hà Tĩnh, Thừa Thiên Huế và TP. Hồ Chí Minh', 'Đã tổ chức thực hiện theo kế hoạch.', date '2024-05-06', date '2024-07-05', date '2024-06-24', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 200000000, 150000000, false, timestamptz '2024-06-24 09:00:00+07', timestamptz '2024-05-06 08:30:00+07', timestamptz '2024-06-24 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 12 join departments d on d.code = 'STTTT' where p.year = 2024
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('42','46','79') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2024-05-25', 'Hoàn thiện dự toán kinh phí, trình cấp có thẩm quyền phê duyệt.', 'Dữ liệu mẫu'), ((select id from a), date '2024-06-14', 'Đã tổ chức khảo sát thực tế tại địa phương.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Hỗ trợ tiêu thụ nông sản mùa vụ của Bắc Kạn và Yên Bái tại Hà Nội', 'Đã tổ chức thực hiện theo kế hoạch.', date '2024-04-07', date '2024-10-04', date '2024-09-29', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 80000000, 74000000, true, timestamptz '2024-09-29 09:00:00+07', timestamptz '2024-04-07 08:30:00+07', timestamptz '2024-09-29 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 4 join departments d on d.code = 'SNNPTNT' where p.year = 2024
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SYT','STTTT')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('06','15') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2024-08-01', 'Đã làm việc với Sở, ngành đầu mối của địa phương, thống nhất nội dung và thời gian.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Trao đổi kinh nghiệm xử lý chất thải rắn với Nghệ An', 'Đã tổ chức thực hiện theo kế hoạch.', date '2024-01-19', date '2024-03-19', date '2024-03-12', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 500000000, 422000000, true, timestamptz '2024-03-12 09:00:00+07', timestamptz '2024-01-19 08:30:00+07', timestamptz '2024-03-12 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 11 join departments d on d.code = 'STNMT' where p.year = 2024
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('40') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2024-02-09', 'Đã tổ chức khảo sát thực tế tại địa phương.', 'Dữ liệu mẫu'), ((select id from a), date '2024-03-01', 'Đã phát hành văn bản đề nghị các đơn vị phối hợp cử đầu mối.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Chương trình kích cầu du lịch Hà Nội – Thanh Hóa', 'Đã tổ chức thực hiện theo kế hoạch.', date '2024-08-23', date '2024-12-21', date '2024-12-18', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', null, null, true, timestamptz '2024-12-18 09:00:00+07', timestamptz '2024-08-23 08:30:00+07', timestamptz '2024-12-18 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 3 join departments d on d.code = 'SDL' where p.year = 2024
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('38') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2024-10-08', 'Đã phát hành văn bản đề nghị các đơn vị phối hợp cử đầu mối.', 'Dữ liệu mẫu'), ((select id from a), date '2024-11-24', 'Tổng hợp kết quả, chuẩn bị báo cáo gửi Sở Tài chính.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Trao đổi kinh nghiệm quản lý đô thị giữa Hà Nội và Lâm Đồng', 'Đã tổ chức thực hiện theo kế hoạch.', date '2024-02-10', date '2024-03-11', date '2024-03-11', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 50000000, 40000000, true, timestamptz '2024-03-11 09:00:00+07', timestamptz '2024-02-10 08:30:00+07', timestamptz '2024-03-11 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 10 join departments d on d.code = 'SXD' where p.year = 2024
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SVHTT')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('68') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2024-03-01', 'Tổng hợp kết quả, chuẩn bị báo cáo gửi Sở Tài chính.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Kết nối cung cầu hàng hóa giữa Hà Nội và Đà Nẵng', 'Đã tổ chức thực hiện theo kế hoạch.', date '2024-01-27', date '2024-05-26', date '2024-05-10', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 80000000, 68000000, true, timestamptz '2024-05-10 09:00:00+07', timestamptz '2024-01-27 08:30:00+07', timestamptz '2024-05-10 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 2 join departments d on d.code = 'SCT' where p.year = 2024
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SVHTT')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('48') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2024-03-08', 'Đã phát hành văn bản đề nghị các đơn vị phối hợp cử đầu mối.', 'Dữ liệu mẫu'), ((select id from a), date '2024-04-19', 'Tổng hợp kết quả, chuẩn bị báo cáo gửi Sở Tài chính.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Hợp tác ứng dụng khoa học công nghệ trong sản xuất nông nghiệp tại Lai Châu', 'Đã tổ chức thực hiện theo kế hoạch.', date '2024-06-18', date '2024-09-16', date '2024-09-23', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 200000000, 178000000, true, timestamptz '2024-09-23 09:00:00+07', timestamptz '2024-06-18 08:30:00+07', timestamptz '2024-09-23 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 9 join departments d on d.code = 'SKHCN' where p.year = 2024
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SYT')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('12') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2024-07-26', 'Đã làm việc với Sở, ngành đầu mối của địa phương, thống nhất nội dung và thời gian.', 'Dữ liệu mẫu'), ((select id from a), date '2024-09-03', 'Hoàn thiện dự toán kinh phí, trình cấp có thẩm quyền phê duyệt.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Đoàn doanh nghiệp Hà Nội khảo sát cơ hội đầu tư tại TP. Hồ Chí Minh, Đắk Lắk và Nghệ An', 'Đã tổ chức thực hiện theo kế hoạch.', date '2024-06-01', date '2024-11-28', date '2024-11-12', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 120000000, 106000000, true, timestamptz '2024-11-12 09:00:00+07', timestamptz '2024-06-01 08:30:00+07', timestamptz '2024-11-12 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 1 join departments d on d.code = 'SKHDT' where p.year = 2024
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SDL')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('79','66','40') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2024-09-18', 'Đã tổ chức khảo sát thực tế tại địa phương.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Chương trình truyền hình chung Hà Nội – Cà Mau và Thừa Thiên Huế', 'Không triển khai do trùng với chương trình khác.', date '2024-01-13', date '2024-02-27', null, null, 'CANCELLED', null, null, true, timestamptz '2024-02-27 09:00:00+07', timestamptz '2024-01-13 08:30:00+07', timestamptz '2024-02-27 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 8 join departments d on d.code = 'STTTT' where p.year = 2024
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('STC')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('96','46') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2024-01-25', 'Tổng hợp kết quả, chuẩn bị báo cáo gửi Sở Tài chính.', 'Dữ liệu mẫu'), ((select id from a), date '2024-02-07', 'Đã làm việc với Sở, ngành đầu mối của địa phương, thống nhất nội dung và thời gian.', 'Dữ liệu mẫu'), ((select id from a), date '2024-02-20', 'Hoàn thiện dự toán kinh phí, trình cấp có thẩm quyền phê duyệt.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Trao đổi kinh nghiệm xây dựng chính sách thi hành Luật Thủ đô với Điện Biên', 'Đã tổ chức thực hiện theo kế hoạch.', date '2024-04-22', date '2024-06-06', date '2024-06-07', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 120000000, 94000000, true, timestamptz '2024-06-07 09:00:00+07', timestamptz '2024-04-22 08:30:00+07', timestamptz '2024-06-07 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 15 join departments d on d.code = 'STP' where p.year = 2024
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('11') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2024-05-22', 'Đã làm việc với Sở, ngành đầu mối của địa phương, thống nhất nội dung và thời gian.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Khám bệnh, cấp thuốc miễn phí cho người dân Đắk Lắk và Thanh Hóa', 'Đã tổ chức thực hiện theo kế hoạch.', date '2024-01-01', date '2024-02-15', date '2024-02-07', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 350000000, 281000000, true, timestamptz '2024-02-07 09:00:00+07', timestamptz '2024-01-01 08:30:00+07', timestamptz '2024-02-07 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 7 join departments d on d.code = 'SYT' where p.year = 2024
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SVHTT')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('66','38') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2024-01-15', 'Tổng hợp kết quả, chuẩn bị báo cáo gửi Sở Tài chính.', 'Dữ liệu mẫu'), ((select id from a), date '2024-01-30', 'Đã làm việc với Sở, ngành đầu mối của địa phương, thống nhất nội dung và thời gian.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Tư vấn, tuyển dụng lao động An Giang vào doanh nghiệp Hà Nội', 'Đã tổ chức thực hiện theo kế hoạch.', date '2024-06-04', date '2024-09-02', date '2024-08-19', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 50000000, 47000000, true, timestamptz '2024-08-19 09:00:00+07', timestamptz '2024-06-04 08:30:00+07', timestamptz '2024-08-19 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 14 join departments d on d.code = 'SLDTBXH' where p.year = 2024
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SGDDT')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('89') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2024-07-04', 'Đã làm việc với Sở, ngành đầu mối của địa phương, thống nhất nội dung và thời gian.', 'Dữ liệu mẫu'), ((select id from a), date '2024-08-03', 'Hoàn thiện dự toán kinh phí, trình cấp có thẩm quyền phê duyệt.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Hỗ trợ xây dựng trường học tại Lào Cai, Hải Phòng và Hòa Bình', 'Đã tổ chức thực hiện theo kế hoạch.', date '2024-02-20', date '2024-06-19', date '2024-06-07', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 1200000000, 1021000000, true, timestamptz '2024-06-07 09:00:00+07', timestamptz '2024-02-20 08:30:00+07', timestamptz '2024-06-07 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 6 join departments d on d.code = 'SGDDT' where p.year = 2024
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('10','31','17') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2024-04-03', 'Hoàn thiện dự toán kinh phí, trình cấp có thẩm quyền phê duyệt.', 'Dữ liệu mẫu'), ((select id from a), date '2024-05-16', 'Đã tổ chức khảo sát thực tế tại địa phương.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Kết nối hạ tầng giao thông liên vùng Hà Nội – An Giang và Lâm Đồng', 'Đã tổ chức thực hiện theo kế hoạch.', date '2024-03-28', date '2024-06-26', date '2024-06-12', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 50000000, 49000000, true, timestamptz '2024-06-12 09:00:00+07', timestamptz '2024-03-28 08:30:00+07', timestamptz '2024-06-12 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 13 join departments d on d.code = 'SGTVT' where p.year = 2024
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SDL','SCT')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('89','68') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2024-05-17', 'Hoàn thiện dự toán kinh phí, trình cấp có thẩm quyền phê duyệt.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Trao đổi đoàn nghệ thuật Hà Nội – Cao Bằng', 'Đã tổ chức thực hiện theo kế hoạch.', date '2024-09-22', date '2024-12-31', date '2024-12-27', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 1200000000, 1159000000, true, timestamptz '2024-12-27 09:00:00+07', timestamptz '2024-09-22 08:30:00+07', timestamptz '2024-12-27 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 5 join departments d on d.code = 'SVHTT' where p.year = 2024
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('STC')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('04') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2024-10-30', 'Đã tổ chức khảo sát thực tế tại địa phương.', 'Dữ liệu mẫu'), ((select id from a), date '2024-12-07', 'Đã phát hành văn bản đề nghị các đơn vị phối hợp cử đầu mối.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Tập huấn chuyển đổi số cho cán bộ An Giang và Quảng Ninh', 'Đã tổ chức thực hiện theo kế hoạch.', date '2024-03-21', date '2024-07-19', date '2024-08-16', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 120000000, 112000000, true, timestamptz '2024-08-16 09:00:00+07', timestamptz '2024-03-21 08:30:00+07', timestamptz '2024-08-16 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 12 join departments d on d.code = 'STTTT' where p.year = 2024
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('89','22') and pr.valid_from = date '2008-08-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2024-05-02', 'Hoàn thiện dự toán kinh phí, trình cấp có thẩm quyền phê duyệt.', 'Dữ liệu mẫu'), ((select id from a), date '2024-06-13', 'Đã tổ chức khảo sát thực tế tại địa phương.', 'Dữ liệu mẫu'), ((select id from a), date '2024-07-25', 'Đã phát hành văn bản đề nghị các đơn vị phối hợp cử đầu mối.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Hội nghị xúc tiến đầu tư Hà Nội – Phú Thọ', 'Đã tổ chức thực hiện theo kế hoạch.', date '2025-06-28', date '2025-07-28', date '2025-07-28', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 500000000, 382000000, true, timestamptz '2025-07-28 09:00:00+07', timestamptz '2025-06-28 08:30:00+07', timestamptz '2025-07-28 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 1 join departments d on d.code = 'STC_2025' where p.year = 2025
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SNNMT_2025')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('25') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2025-07-18', 'Hoàn thiện dự toán kinh phí, trình cấp có thẩm quyền phê duyệt.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Chương trình truyền hình chung Hà Nội – Nghệ An, TP. Hồ Chí Minh và Tuyên Quang', 'Đã tổ chức thực hiện theo kế hoạch.', date '2025-02-07', date '2025-03-09', date '2025-03-09', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 120000000, 110000000, true, timestamptz '2025-03-09 09:00:00+07', timestamptz '2025-02-07 08:30:00+07', timestamptz '2025-03-09 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 8 join departments d on d.code = 'SKHCN_2025' where p.year = 2025
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SCT_2025')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('40','79','08') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2025-02-15', 'Tổng hợp kết quả, chuẩn bị báo cáo gửi Sở Tài chính.', 'Dữ liệu mẫu'), ((select id from a), date '2025-02-24', 'Đã làm việc với Sở, ngành đầu mối của địa phương, thống nhất nội dung và thời gian.', 'Dữ liệu mẫu'), ((select id from a), date '2025-03-04', 'Hoàn thiện dự toán kinh phí, trình cấp có thẩm quyền phê duyệt.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Hội thảo pháp luật về liên kết vùng Hà Nội – An Giang', 'Đã tổ chức thực hiện theo kế hoạch.', date '2025-09-03', date '2025-12-02', date '2025-11-29', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 80000000, 58000000, true, timestamptz '2025-11-29 09:00:00+07', timestamptz '2025-09-03 08:30:00+07', timestamptz '2025-11-29 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 15 join departments d on d.code = 'STP_2025' where p.year = 2025
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SVHTT_2025')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('91') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2025-10-31', 'Đã phát hành văn bản đề nghị các đơn vị phối hợp cử đầu mối.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Đào tạo, chuyển giao kỹ thuật y tế cho bệnh viện tuyến tỉnh Lào Cai và Phú Thọ', 'Đã tổ chức thực hiện theo kế hoạch.', date '2025-02-01', date '2025-05-02', date '2025-04-30', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 500000000, 455000000, true, timestamptz '2025-04-30 09:00:00+07', timestamptz '2025-02-01 08:30:00+07', timestamptz '2025-04-30 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 7 join departments d on d.code = 'SYT_2025' where p.year = 2025
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SDL_2025')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('15','25') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2025-03-31', 'Đã phát hành văn bản đề nghị các đơn vị phối hợp cử đầu mối.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Trao quà an sinh xã hội cho hộ nghèo Quảng Ninh', 'Đã tổ chức thực hiện theo kế hoạch.', date '2025-02-04', date '2025-05-05', date '2025-04-27', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 500000000, 455000000, true, timestamptz '2025-04-27 09:00:00+07', timestamptz '2025-02-04 08:30:00+07', timestamptz '2025-04-27 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 14 join departments d on d.code = 'SNV_2025' where p.year = 2025
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SDL_2025')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('22') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2025-03-08', 'Đã tổ chức khảo sát thực tế tại địa phương.', 'Dữ liệu mẫu'), ((select id from a), date '2025-04-10', 'Đã phát hành văn bản đề nghị các đơn vị phối hợp cử đầu mối.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Bồi dưỡng giáo viên cốt cán của Đà Nẵng, Thanh Hóa và Quảng Ninh tại Hà Nội', 'Đã tổ chức thực hiện theo kế hoạch.', date '2025-08-02', date '2025-09-01', date '2025-08-17', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 50000000, 37000000, true, timestamptz '2025-08-17 09:00:00+07', timestamptz '2025-08-02 08:30:00+07', timestamptz '2025-08-17 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 6 join departments d on d.code = 'SGDDT_2025' where p.year = 2025
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SCT_2025','SVHTT_2025')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('48','38','22') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2025-08-12', 'Đã làm việc với Sở, ngành đầu mối của địa phương, thống nhất nội dung và thời gian.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Kết nối hạ tầng giao thông liên vùng Hà Nội – Cần Thơ, Lâm Đồng và Thái Nguyên', 'Đã tổ chức thực hiện theo kế hoạch.', date '2025-08-15', date '2025-12-31', date '2025-12-27', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 1200000000, 951000000, true, timestamptz '2025-12-27 09:00:00+07', timestamptz '2025-08-15 08:30:00+07', timestamptz '2025-12-27 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 13 join departments d on d.code = 'SXD_2025' where p.year = 2025
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SCT_2025')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('92','68','19') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2025-09-22', 'Đã phát hành văn bản đề nghị các đơn vị phối hợp cử đầu mối.', 'Dữ liệu mẫu'), ((select id from a), date '2025-10-30', 'Tổng hợp kết quả, chuẩn bị báo cáo gửi Sở Tài chính.', 'Dữ liệu mẫu'), ((select id from a), date '2025-12-07', 'Đã làm việc với Sở, ngành đầu mối của địa phương, thống nhất nội dung và thời gian.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Ngày hội văn hóa Điện Biên tại Hà Nội', 'Đã tổ chức thực hiện theo kế hoạch.', date '2025-04-20', date '2025-05-20', date '2025-05-10', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 350000000, 314000000, true, timestamptz '2025-05-10 09:00:00+07', timestamptz '2025-04-20 08:30:00+07', timestamptz '2025-05-10 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 5 join departments d on d.code = 'SVHTT_2025' where p.year = 2025
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SKHCN_2025')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('11') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2025-04-28', 'Đã tổ chức khảo sát thực tế tại địa phương.', 'Dữ liệu mẫu'), ((select id from a), date '2025-05-06', 'Đã phát hành văn bản đề nghị các đơn vị phối hợp cử đầu mối.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Chia sẻ nền tảng số dùng chung của Hà Nội với Phú Thọ, Đắk Lắk và Tuyên Quang', 'Đã tổ chức thực hiện theo kế hoạch.', date '2025-03-27', date '2025-04-26', date '2025-04-19', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 50000000, 38000000, true, timestamptz '2025-04-19 09:00:00+07', timestamptz '2025-03-27 08:30:00+07', timestamptz '2025-04-19 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 12 join departments d on d.code = 'SKHCN_2025' where p.year = 2025
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('STC_2025')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('25','66','08') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2025-04-05', 'Đã tổ chức khảo sát thực tế tại địa phương.', 'Dữ liệu mẫu'), ((select id from a), date '2025-04-14', 'Đã phát hành văn bản đề nghị các đơn vị phối hợp cử đầu mối.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Chuyển giao giống cây trồng, vật nuôi cho nông dân Thái Nguyên', 'Đã tổ chức thực hiện theo kế hoạch.', date '2025-09-12', date '2025-10-12', date '2025-10-10', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 50000000, 45000000, true, timestamptz '2025-10-10 09:00:00+07', timestamptz '2025-09-12 08:30:00+07', timestamptz '2025-10-10 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 4 join departments d on d.code = 'SNNMT_2025' where p.year = 2025
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SGDDT_2025')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('19') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2025-09-20', 'Đã tổ chức khảo sát thực tế tại địa phương.', 'Dữ liệu mẫu'), ((select id from a), date '2025-09-28', 'Đã phát hành văn bản đề nghị các đơn vị phối hợp cử đầu mối.', 'Dữ liệu mẫu'), ((select id from a), date '2025-10-06', 'Tổng hợp kết quả, chuẩn bị báo cáo gửi Sở Tài chính.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Trao đổi kinh nghiệm xử lý chất thải rắn với An Giang và Phú Thọ', 'Đã tổ chức thực hiện theo kế hoạch.', date '2025-01-03', date '2025-04-03', date '2025-05-02', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 200000000, 199000000, false, timestamptz '2025-05-02 09:00:00+07', timestamptz '2025-01-03 08:30:00+07', timestamptz '2025-05-02 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 11 join departments d on d.code = 'SNNMT_2025' where p.year = 2025
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SYT_2025')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('91','25') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2025-03-23', 'Tổng hợp kết quả, chuẩn bị báo cáo gửi Sở Tài chính.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Chương trình kích cầu du lịch Hà Nội – Đà Nẵng', 'Đã tổ chức thực hiện theo kế hoạch.', date '2025-07-07', date '2025-10-05', date '2025-09-27', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 1200000000, 1077000000, true, timestamptz '2025-09-27 09:00:00+07', timestamptz '2025-07-07 08:30:00+07', timestamptz '2025-09-27 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 3 join departments d on d.code = 'SDL_2025' where p.year = 2025
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('48') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2025-08-08', 'Hoàn thiện dự toán kinh phí, trình cấp có thẩm quyền phê duyệt.', 'Dữ liệu mẫu'), ((select id from a), date '2025-09-10', 'Đã tổ chức khảo sát thực tế tại địa phương.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Hỗ trợ Phú Thọ lập quy hoạch đô thị', 'Đang phối hợp với địa phương triển khai các nội dung.', date '2025-04-22', date '2025-06-21', null, null, 'IN_PROGRESS', 1200000000, 190000000, true, timestamptz '2025-06-21 09:00:00+07', timestamptz '2025-04-22 08:30:00+07', timestamptz '2025-06-21 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 10 join departments d on d.code = 'SXD_2025' where p.year = 2025
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SNV_2025')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('25') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2025-05-09', 'Đã làm việc với Sở, ngành đầu mối của địa phương, thống nhất nội dung và thời gian.', 'Dữ liệu mẫu'), ((select id from a), date '2025-05-26', 'Hoàn thiện dự toán kinh phí, trình cấp có thẩm quyền phê duyệt.', 'Dữ liệu mẫu'), ((select id from a), date '2025-06-12', 'Đã tổ chức khảo sát thực tế tại địa phương.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Đưa sản phẩm OCOP của Huế vào hệ thống phân phối Hà Nội', 'Đã tổ chức thực hiện theo kế hoạch.', date '2025-05-01', date '2025-08-29', date '2025-08-17', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 50000000, 47000000, false, timestamptz '2025-08-17 09:00:00+07', timestamptz '2025-05-01 08:30:00+07', timestamptz '2025-08-17 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 2 join departments d on d.code = 'SCT_2025' where p.year = 2025
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('46') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2025-06-13', 'Đã làm việc với Sở, ngành đầu mối của địa phương, thống nhất nội dung và thời gian.', 'Dữ liệu mẫu'), ((select id from a), date '2025-07-26', 'Hoàn thiện dự toán kinh phí, trình cấp có thẩm quyền phê duyệt.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Đề tài nghiên cứu chung giữa Hà Nội và Lào Cai', 'Đã tổ chức thực hiện theo kế hoạch.', date '2025-04-20', date '2025-05-20', date '2025-06-18', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 500000000, 381000000, true, timestamptz '2025-06-18 09:00:00+07', timestamptz '2025-04-20 08:30:00+07', timestamptz '2025-06-18 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 9 join departments d on d.code = 'SKHCN_2025' where p.year = 2025
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SCT_2025','SDL_2025')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('15') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2025-05-13', 'Hoàn thiện dự toán kinh phí, trình cấp có thẩm quyền phê duyệt.', 'Dữ liệu mẫu'), ((select id from a), date '2025-06-06', 'Đã tổ chức khảo sát thực tế tại địa phương.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Hội nghị xúc tiến đầu tư Hà Nội – Phú Thọ và Lạng Sơn', 'Đã tổ chức thực hiện theo kế hoạch.', date '2025-09-20', date '2025-11-04', date '2025-11-04', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 500000000, 376000000, false, timestamptz '2025-11-04 09:00:00+07', timestamptz '2025-09-20 08:30:00+07', timestamptz '2025-11-04 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 1 join departments d on d.code = 'STC_2025' where p.year = 2025
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('25','20') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2025-10-08', 'Đã phát hành văn bản đề nghị các đơn vị phối hợp cử đầu mối.', 'Dữ liệu mẫu'), ((select id from a), date '2025-10-26', 'Tổng hợp kết quả, chuẩn bị báo cáo gửi Sở Tài chính.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Phối hợp tuyên truyền về hợp tác Hà Nội – Nghệ An, Lạng Sơn và Ninh Bình trên báo chí', 'Đã tổ chức thực hiện theo kế hoạch.', date '2025-07-05', date '2025-10-03', date '2025-09-25', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 500000000, 468000000, false, timestamptz '2025-09-25 09:00:00+07', timestamptz '2025-07-05 08:30:00+07', timestamptz '2025-09-25 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 8 join departments d on d.code = 'SKHCN_2025' where p.year = 2025
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('40','20','37') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2025-08-06', 'Đã làm việc với Sở, ngành đầu mối của địa phương, thống nhất nội dung và thời gian.', 'Dữ liệu mẫu'), ((select id from a), date '2025-09-08', 'Hoàn thiện dự toán kinh phí, trình cấp có thẩm quyền phê duyệt.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Trao đổi kinh nghiệm xây dựng chính sách thi hành Luật Thủ đô với TP. Hồ Chí Minh', 'Đã tổ chức thực hiện theo kế hoạch.', date '2025-09-09', date '2025-11-08', date '2025-10-30', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 350000000, 315000000, true, timestamptz '2025-10-30 09:00:00+07', timestamptz '2025-09-09 08:30:00+07', timestamptz '2025-10-30 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 15 join departments d on d.code = 'STP_2025' where p.year = 2025
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SYT_2025')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('79') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2025-10-13', 'Hoàn thiện dự toán kinh phí, trình cấp có thẩm quyền phê duyệt.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Đào tạo, chuyển giao kỹ thuật y tế cho bệnh viện tuyến tỉnh Điện Biên', 'Đã tổ chức thực hiện theo kế hoạch.', date '2025-09-21', date '2025-11-20', date '2025-11-08', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 200000000, 175000000, true, timestamptz '2025-11-08 09:00:00+07', timestamptz '2025-09-21 08:30:00+07', timestamptz '2025-11-08 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 7 join departments d on d.code = 'SYT_2025' where p.year = 2025
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('11') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2025-10-10', 'Tổng hợp kết quả, chuẩn bị báo cáo gửi Sở Tài chính.', 'Dữ liệu mẫu'), ((select id from a), date '2025-10-29', 'Đã làm việc với Sở, ngành đầu mối của địa phương, thống nhất nội dung và thời gian.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Tư vấn, tuyển dụng lao động Lai Châu vào doanh nghiệp Hà Nội', 'Đã tổ chức thực hiện theo kế hoạch.', date '2025-08-22', date '2025-10-21', date '2025-11-17', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 500000000, 495000000, true, timestamptz '2025-11-17 09:00:00+07', timestamptz '2025-08-22 08:30:00+07', timestamptz '2025-11-17 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 14 join departments d on d.code = 'SNV_2025' where p.year = 2025
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SCT_2025','SYT_2025')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('12') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2025-10-19', 'Đã làm việc với Sở, ngành đầu mối của địa phương, thống nhất nội dung và thời gian.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Hỗ trợ xây dựng trường học tại Lạng Sơn', 'Đã tổ chức thực hiện theo kế hoạch.', date '2025-02-10', date '2025-06-10', date '2025-05-26', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 1200000000, 876000000, true, timestamptz '2025-05-26 09:00:00+07', timestamptz '2025-02-10 08:30:00+07', timestamptz '2025-05-26 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 6 join departments d on d.code = 'SGDDT_2025' where p.year = 2025
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('STC_2025','SVHTT_2025')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('20') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2025-03-24', 'Tổng hợp kết quả, chuẩn bị báo cáo gửi Sở Tài chính.', 'Dữ liệu mẫu'), ((select id from a), date '2025-05-05', 'Đã làm việc với Sở, ngành đầu mối của địa phương, thống nhất nội dung và thời gian.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Kết nối hạ tầng giao thông liên vùng Hà Nội – Lạng Sơn và Sơn La', 'Đã tổ chức thực hiện theo kế hoạch.', date '2025-09-25', date '2025-12-31', date '2025-12-26', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 350000000, 298000000, true, timestamptz '2025-12-26 09:00:00+07', timestamptz '2025-09-25 08:30:00+07', timestamptz '2025-12-26 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 13 join departments d on d.code = 'SXD_2025' where p.year = 2025
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SCT_2025')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('20','14') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2025-10-21', 'Tổng hợp kết quả, chuẩn bị báo cáo gửi Sở Tài chính.', 'Dữ liệu mẫu'), ((select id from a), date '2025-11-16', 'Đã làm việc với Sở, ngành đầu mối của địa phương, thống nhất nội dung và thời gian.', 'Dữ liệu mẫu'), ((select id from a), date '2025-12-12', 'Hoàn thiện dự toán kinh phí, trình cấp có thẩm quyền phê duyệt.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Ngày hội văn hóa Phú Thọ và Ninh Bình tại Hà Nội', 'Đã tổ chức thực hiện theo kế hoạch.', date '2025-02-02', date '2025-06-02', date '2025-05-27', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 1200000000, 978000000, true, timestamptz '2025-05-27 09:00:00+07', timestamptz '2025-02-02 08:30:00+07', timestamptz '2025-05-27 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 5 join departments d on d.code = 'SVHTT_2025' where p.year = 2025
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SKHCN_2025')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('25','37') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2025-03-06', 'Đã phát hành văn bản đề nghị các đơn vị phối hợp cử đầu mối.', 'Dữ liệu mẫu'), ((select id from a), date '2025-04-08', 'Tổng hợp kết quả, chuẩn bị báo cáo gửi Sở Tài chính.', 'Dữ liệu mẫu'), ((select id from a), date '2025-05-10', 'Đã làm việc với Sở, ngành đầu mối của địa phương, thống nhất nội dung và thời gian.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Tập huấn chuyển đổi số cho cán bộ Quảng Ninh và Lâm Đồng', 'Đã tổ chức thực hiện theo kế hoạch.', date '2025-06-02', date '2025-07-02', date '2025-07-15', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 200000000, 197000000, true, timestamptz '2025-07-15 09:00:00+07', timestamptz '2025-06-02 08:30:00+07', timestamptz '2025-07-15 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 12 join departments d on d.code = 'SKHCN_2025' where p.year = 2025
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SNNMT_2025')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('22','68') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2025-06-30', 'Hoàn thiện dự toán kinh phí, trình cấp có thẩm quyền phê duyệt.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Tuần hàng Ninh Bình và Phú Thọ tại Hà Nội', 'Đang phối hợp với địa phương triển khai các nội dung.', date '2026-05-19', date '2026-09-01', null, null, 'IN_PROGRESS', 120000000, 65000000, true, timestamptz '2026-11-23 09:00:00+07', timestamptz '2026-05-19 08:30:00+07', timestamptz '2026-11-23 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 2 join departments d on d.code = 'SCT_2025' where p.year = 2026
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SGDDT_2025')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('37','25') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2026-07-11', 'Hoàn thiện dự toán kinh phí, trình cấp có thẩm quyền phê duyệt.', 'Dữ liệu mẫu'), ((select id from a), date '2026-09-03', 'Đã tổ chức khảo sát thực tế tại địa phương.', 'Dữ liệu mẫu'), ((select id from a), date '2026-10-27', 'Đã phát hành văn bản đề nghị các đơn vị phối hợp cử đầu mối.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Đề tài nghiên cứu chung giữa Hà Nội và Sơn La', 'Đã tổ chức thực hiện theo kế hoạch.', date '2026-09-03', date '2026-11-02', date '2026-10-23', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 350000000, 249000000, false, timestamptz '2026-10-23 09:00:00+07', timestamptz '2026-09-03 08:30:00+07', timestamptz '2026-10-23 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 9 join departments d on d.code = 'SKHCN_2025' where p.year = 2026
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SGDDT_2025')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('14') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2026-09-17', 'Đã làm việc với Sở, ngành đầu mối của địa phương, thống nhất nội dung và thời gian.', 'Dữ liệu mẫu'), ((select id from a), date '2026-10-01', 'Hoàn thiện dự toán kinh phí, trình cấp có thẩm quyền phê duyệt.', 'Dữ liệu mẫu'), ((select id from a), date '2026-10-15', 'Đã tổ chức khảo sát thực tế tại địa phương.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Đoàn doanh nghiệp Hà Nội khảo sát cơ hội đầu tư tại Hà Tĩnh', 'Đang phối hợp với địa phương triển khai các nội dung.', date '2026-06-17', date '2026-12-04', null, null, 'IN_PROGRESS', 1200000000, 477000000, false, timestamptz '2026-08-23 09:00:00+07', timestamptz '2026-06-17 08:30:00+07', timestamptz '2026-08-23 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 1 join departments d on d.code = 'STC_2025' where p.year = 2026
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('42') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2026-07-13', 'Tổng hợp kết quả, chuẩn bị báo cáo gửi Sở Tài chính.', 'Dữ liệu mẫu'), ((select id from a), date '2026-08-09', 'Đã làm việc với Sở, ngành đầu mối của địa phương, thống nhất nội dung và thời gian.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Chương trình truyền hình chung Hà Nội – Sơn La', 'Đang phối hợp với địa phương triển khai các nội dung.', date '2026-09-12', date '2026-12-03', null, null, 'IN_PROGRESS', null, null, false, timestamptz '2026-11-23 09:00:00+07', timestamptz '2026-09-12 08:30:00+07', timestamptz '2026-11-23 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 8 join departments d on d.code = 'SKHCN_2025' where p.year = 2026
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('14') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2026-10-30', 'Hoàn thiện dự toán kinh phí, trình cấp có thẩm quyền phê duyệt.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Trao đổi kinh nghiệm xây dựng chính sách thi hành Luật Thủ đô với Lai Châu, Ninh Bình và Phú Thọ', 'Dự kiến triển khai trong quý IV.', date '2026-11-05', date '2026-12-31', null, null, 'PLANNED', 200000000, null, true, timestamptz '2026-11-05 09:00:00+07', timestamptz '2026-11-05 08:30:00+07', timestamptz '2026-11-05 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 15 join departments d on d.code = 'STP_2025' where p.year = 2026
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('12','37','25') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
select 1 from a;

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Đào tạo, chuyển giao kỹ thuật y tế cho bệnh viện tuyến tỉnh Phú Thọ và Lai Châu', 'Đang phối hợp với địa phương triển khai các nội dung.', date '2026-07-14', date '2026-12-04', null, null, 'IN_PROGRESS', 200000000, 117000000, false, timestamptz '2026-11-16 09:00:00+07', timestamptz '2026-07-14 08:30:00+07', timestamptz '2026-11-16 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 7 join departments d on d.code = 'SYT_2025' where p.year = 2026
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('25','12') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2026-09-02', 'Tổng hợp kết quả, chuẩn bị báo cáo gửi Sở Tài chính.', 'Dữ liệu mẫu'), ((select id from a), date '2026-10-22', 'Đã làm việc với Sở, ngành đầu mối của địa phương, thống nhất nội dung và thời gian.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Tư vấn, tuyển dụng lao động Hà Tĩnh vào doanh nghiệp Hà Nội', 'Đã tổ chức thực hiện theo kế hoạch.', date '2026-08-27', date '2026-10-11', date '2026-10-08', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 50000000, 39000000, false, timestamptz '2026-10-08 09:00:00+07', timestamptz '2026-08-27 08:30:00+07', timestamptz '2026-10-08 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 14 join departments d on d.code = 'SNV_2025' where p.year = 2026
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('42') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2026-09-24', 'Tổng hợp kết quả, chuẩn bị báo cáo gửi Sở Tài chính.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Hỗ trợ xây dựng trường học tại Thanh Hóa và Lào Cai', 'Đang phối hợp với địa phương triển khai các nội dung.', date '2026-04-20', date '2026-10-11', null, null, 'IN_PROGRESS', 1200000000, 484000000, false, timestamptz '2026-11-16 09:00:00+07', timestamptz '2026-04-20 08:30:00+07', timestamptz '2026-11-16 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 6 join departments d on d.code = 'SGDDT_2025' where p.year = 2026
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SKHCN_2025')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('38','15') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2026-09-07', 'Hoàn thiện dự toán kinh phí, trình cấp có thẩm quyền phê duyệt.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Phối hợp tổ chức giao thông tuyến vận tải khách Hà Nội – Phú Thọ', 'Tạm dừng do địa phương đề nghị điều chỉnh thời gian.', date '2026-02-01', date '2026-03-18', null, null, 'SUSPENDED', 350000000, null, false, timestamptz '2026-11-23 09:00:00+07', timestamptz '2026-02-01 08:30:00+07', timestamptz '2026-11-23 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 13 join departments d on d.code = 'SXD_2025' where p.year = 2026
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SNNMT_2025')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('25') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2026-04-26', 'Tổng hợp kết quả, chuẩn bị báo cáo gửi Sở Tài chính.', 'Dữ liệu mẫu'), ((select id from a), date '2026-07-19', 'Đã làm việc với Sở, ngành đầu mối của địa phương, thống nhất nội dung và thời gian.', 'Dữ liệu mẫu'), ((select id from a), date '2026-10-11', 'Hoàn thiện dự toán kinh phí, trình cấp có thẩm quyền phê duyệt.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Ngày hội văn hóa Thanh Hóa tại Hà Nội', 'Tạm dừng do địa phương đề nghị điều chỉnh thời gian.', date '2026-04-25', date '2026-08-23', null, null, 'SUSPENDED', 500000000, null, true, timestamptz '2026-11-23 09:00:00+07', timestamptz '2026-04-25 08:30:00+07', timestamptz '2026-11-23 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 5 join departments d on d.code = 'SVHTT_2025' where p.year = 2026
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('38') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2026-06-24', 'Đã tổ chức khảo sát thực tế tại địa phương.', 'Dữ liệu mẫu'), ((select id from a), date '2026-08-24', 'Đã phát hành văn bản đề nghị các đơn vị phối hợp cử đầu mối.', 'Dữ liệu mẫu'), ((select id from a), date '2026-10-23', 'Tổng hợp kết quả, chuẩn bị báo cáo gửi Sở Tài chính.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Tập huấn chuyển đổi số cho cán bộ Lâm Đồng', 'Đã tổ chức thực hiện theo kế hoạch.', date '2026-05-09', date '2026-08-07', date '2026-08-11', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 500000000, 453000000, true, timestamptz '2026-08-11 09:00:00+07', timestamptz '2026-05-09 08:30:00+07', timestamptz '2026-08-11 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 12 join departments d on d.code = 'SKHCN_2025' where p.year = 2026
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('68') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2026-07-10', 'Đã tổ chức khảo sát thực tế tại địa phương.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Liên kết chuỗi cung ứng rau quả an toàn TP. Hồ Chí Minh, Lào Cai và Phú Thọ – Hà Nội', 'Tạm dừng do địa phương đề nghị điều chỉnh thời gian.', date '2026-09-16', date '2026-11-15', null, null, 'SUSPENDED', 1200000000, null, true, timestamptz '2026-09-17 09:00:00+07', timestamptz '2026-09-16 08:30:00+07', timestamptz '2026-09-17 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 4 join departments d on d.code = 'SNNMT_2025' where p.year = 2026
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SVHTT_2025')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('79','15','25') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2026-09-16', 'Tổng hợp kết quả, chuẩn bị báo cáo gửi Sở Tài chính.', 'Dữ liệu mẫu'), ((select id from a), date '2026-09-16', 'Đã làm việc với Sở, ngành đầu mối của địa phương, thống nhất nội dung và thời gian.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Trao đổi kinh nghiệm xử lý chất thải rắn với Hải Phòng, Cà Mau và Cao Bằng', 'Đang phối hợp với địa phương triển khai các nội dung.', date '2026-08-01', date '2026-12-03', null, null, 'IN_PROGRESS', 350000000, 82000000, true, timestamptz '2026-09-17 09:00:00+07', timestamptz '2026-08-01 08:30:00+07', timestamptz '2026-09-17 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 11 join departments d on d.code = 'SNNMT_2025' where p.year = 2026
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('STC_2025','SVHTT_2025')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('31','96','04') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2026-09-01', 'Tổng hợp kết quả, chuẩn bị báo cáo gửi Sở Tài chính.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Chương trình kích cầu du lịch Hà Nội – TP. Hồ Chí Minh', 'Đã tổ chức thực hiện theo kế hoạch.', date '2026-06-03', date '2026-10-01', date '2026-09-24', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 500000000, 495000000, true, timestamptz '2026-09-24 09:00:00+07', timestamptz '2026-06-03 08:30:00+07', timestamptz '2026-09-24 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 3 join departments d on d.code = 'SDL_2025' where p.year = 2026
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('79') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2026-08-17', 'Tổng hợp kết quả, chuẩn bị báo cáo gửi Sở Tài chính.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Trao đổi kinh nghiệm quản lý đô thị giữa Hà Nội và Lạng Sơn', 'Đang phối hợp với địa phương triển khai các nội dung.', date '2026-01-17', date '2026-08-29', null, null, 'IN_PROGRESS', 50000000, 20000000, false, timestamptz '2026-09-17 09:00:00+07', timestamptz '2026-01-17 08:30:00+07', timestamptz '2026-09-17 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 10 join departments d on d.code = 'SXD_2025' where p.year = 2026
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('STC_2025','SYT_2025')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('20') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2026-04-24', 'Tổng hợp kết quả, chuẩn bị báo cáo gửi Sở Tài chính.', 'Dữ liệu mẫu'), ((select id from a), date '2026-07-30', 'Đã làm việc với Sở, ngành đầu mối của địa phương, thống nhất nội dung và thời gian.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Tuần hàng Nghệ An và Hải Phòng tại Hà Nội', 'Tạm dừng do địa phương đề nghị điều chỉnh thời gian.', date '2026-03-15', date '2026-09-11', null, null, 'SUSPENDED', 120000000, null, true, timestamptz '2026-11-01 09:00:00+07', timestamptz '2026-03-15 08:30:00+07', timestamptz '2026-11-01 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 2 join departments d on d.code = 'SCT_2025' where p.year = 2026
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('40','31') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2026-05-20', 'Hoàn thiện dự toán kinh phí, trình cấp có thẩm quyền phê duyệt.', 'Dữ liệu mẫu'), ((select id from a), date '2026-07-25', 'Đã tổ chức khảo sát thực tế tại địa phương.', 'Dữ liệu mẫu'), ((select id from a), date '2026-09-29', 'Đã phát hành văn bản đề nghị các đơn vị phối hợp cử đầu mối.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Hợp tác ứng dụng khoa học công nghệ trong sản xuất nông nghiệp tại Nghệ An và Quảng Ninh', 'Đã tổ chức thực hiện theo kế hoạch.', date '2026-02-28', date '2026-05-29', date '2026-06-05', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', null, null, true, timestamptz '2026-06-05 09:00:00+07', timestamptz '2026-02-28 08:30:00+07', timestamptz '2026-06-05 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 9 join departments d on d.code = 'SKHCN_2025' where p.year = 2026
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SCT_2025','STC_2025')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('40','22') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2026-03-27', 'Đã phát hành văn bản đề nghị các đơn vị phối hợp cử đầu mối.', 'Dữ liệu mẫu'), ((select id from a), date '2026-04-24', 'Tổng hợp kết quả, chuẩn bị báo cáo gửi Sở Tài chính.', 'Dữ liệu mẫu'), ((select id from a), date '2026-05-22', 'Đã làm việc với Sở, ngành đầu mối của địa phương, thống nhất nội dung và thời gian.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Đoàn doanh nghiệp Hà Nội khảo sát cơ hội đầu tư tại Ninh Bình', 'Đang phối hợp với địa phương triển khai các nội dung.', date '2026-05-10', date '2026-12-19', null, null, 'IN_PROGRESS', 80000000, 31000000, true, timestamptz '2026-08-23 09:00:00+07', timestamptz '2026-05-10 08:30:00+07', timestamptz '2026-08-23 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 1 join departments d on d.code = 'STC_2025' where p.year = 2026
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('37') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2026-07-19', 'Hoàn thiện dự toán kinh phí, trình cấp có thẩm quyền phê duyệt.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Phối hợp tuyên truyền về hợp tác Hà Nội – Lai Châu trên báo chí', 'Đã tổ chức thực hiện theo kế hoạch.', date '2026-03-21', date '2026-09-17', date '2026-09-15', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 200000000, 145000000, true, timestamptz '2026-09-15 09:00:00+07', timestamptz '2026-03-21 08:30:00+07', timestamptz '2026-09-15 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 8 join departments d on d.code = 'SKHCN_2025' where p.year = 2026
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('STC_2025')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('12') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2026-05-31', 'Đã phát hành văn bản đề nghị các đơn vị phối hợp cử đầu mối.', 'Dữ liệu mẫu'), ((select id from a), date '2026-08-10', 'Tổng hợp kết quả, chuẩn bị báo cáo gửi Sở Tài chính.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Hội thảo pháp luật về liên kết vùng Hà Nội – Hải Phòng', 'Đã tổ chức thực hiện theo kế hoạch.', date '2026-05-23', date '2026-08-21', date '2026-08-12', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 200000000, 198000000, false, timestamptz '2026-08-12 09:00:00+07', timestamptz '2026-05-23 08:30:00+07', timestamptz '2026-08-12 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 15 join departments d on d.code = 'STP_2025' where p.year = 2026
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('31') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2026-07-16', 'Tổng hợp kết quả, chuẩn bị báo cáo gửi Sở Tài chính.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Khám bệnh, cấp thuốc miễn phí cho người dân Hải Phòng và Phú Thọ', 'Dự kiến triển khai trong quý IV.', date '2026-12-08', date '2026-12-31', null, null, 'PLANNED', 500000000, null, true, timestamptz '2026-11-23 09:00:00+07', timestamptz '2026-12-08 08:30:00+07', timestamptz '2026-11-23 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 7 join departments d on d.code = 'SYT_2025' where p.year = 2026
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('31','25') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
select 1 from a;

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Tư vấn, tuyển dụng lao động Lai Châu và Cao Bằng vào doanh nghiệp Hà Nội', 'Đã tổ chức thực hiện theo kế hoạch.', date '2026-05-12', date '2026-11-08', date '2026-10-30', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 120000000, 109000000, true, timestamptz '2026-10-30 09:00:00+07', timestamptz '2026-05-12 08:30:00+07', timestamptz '2026-10-30 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 14 join departments d on d.code = 'SNV_2025' where p.year = 2026
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('12','04') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2026-06-29', 'Đã tổ chức khảo sát thực tế tại địa phương.', 'Dữ liệu mẫu'), ((select id from a), date '2026-08-17', 'Đã phát hành văn bản đề nghị các đơn vị phối hợp cử đầu mối.', 'Dữ liệu mẫu'), ((select id from a), date '2026-10-05', 'Tổng hợp kết quả, chuẩn bị báo cáo gửi Sở Tài chính.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Hỗ trợ xây dựng trường học tại Phú Thọ và Hà Tĩnh', 'Đã tổ chức thực hiện theo kế hoạch.', date '2026-03-13', date '2026-04-12', date '2026-04-13', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 80000000, 74000000, true, timestamptz '2026-04-13 09:00:00+07', timestamptz '2026-03-13 08:30:00+07', timestamptz '2026-04-13 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 6 join departments d on d.code = 'SGDDT_2025' where p.year = 2026
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SYT_2025','SNNMT_2025')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('25','42') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2026-03-25', 'Tổng hợp kết quả, chuẩn bị báo cáo gửi Sở Tài chính.', 'Dữ liệu mẫu'), ((select id from a), date '2026-04-06', 'Đã làm việc với Sở, ngành đầu mối của địa phương, thống nhất nội dung và thời gian.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Phối hợp tổ chức giao thông tuyến vận tải khách Hà Nội – Lai Châu', 'Đang phối hợp với địa phương triển khai các nội dung.', date '2026-07-09', date '2026-12-26', null, null, 'IN_PROGRESS', 350000000, 185000000, true, timestamptz '2026-09-17 09:00:00+07', timestamptz '2026-07-09 08:30:00+07', timestamptz '2026-09-17 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 13 join departments d on d.code = 'SXD_2025' where p.year = 2026
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('12') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2026-07-29', 'Đã làm việc với Sở, ngành đầu mối của địa phương, thống nhất nội dung và thời gian.', 'Dữ liệu mẫu'), ((select id from a), date '2026-08-18', 'Hoàn thiện dự toán kinh phí, trình cấp có thẩm quyền phê duyệt.', 'Dữ liệu mẫu'), ((select id from a), date '2026-09-07', 'Đã tổ chức khảo sát thực tế tại địa phương.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Ngày hội văn hóa Lạng Sơn tại Hà Nội', 'Dự kiến triển khai trong quý IV.', date '2026-10-02', date '2026-12-31', null, null, 'PLANNED', null, null, true, timestamptz '2026-10-02 09:00:00+07', timestamptz '2026-10-02 08:30:00+07', timestamptz '2026-10-02 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 5 join departments d on d.code = 'SVHTT_2025' where p.year = 2026
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SYT_2025')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('20') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
select 1 from a;

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Tập huấn chuyển đổi số cho cán bộ Đà Nẵng và Thanh Hóa', 'Dự kiến triển khai trong quý IV.', date '2026-10-02', date '2026-12-31', null, null, 'PLANNED', 200000000, null, true, timestamptz '2026-10-02 09:00:00+07', timestamptz '2026-10-02 08:30:00+07', timestamptz '2026-10-02 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 12 join departments d on d.code = 'SKHCN_2025' where p.year = 2026
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SVHTT_2025')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('48','38') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
select 1 from a;

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Hỗ trợ tiêu thụ nông sản mùa vụ của An Giang tại Hà Nội', 'Dự kiến triển khai trong quý IV.', date '2026-10-20', date '2026-12-31', null, null, 'PLANNED', 50000000, null, true, timestamptz '2026-10-20 09:00:00+07', timestamptz '2026-10-20 08:30:00+07', timestamptz '2026-10-20 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 4 join departments d on d.code = 'SNNMT_2025' where p.year = 2026
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('91') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
select 1 from a;

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Phối hợp xử lý ô nhiễm môi trường lưu vực sông liên tỉnh Hà Nội – Đắk Lắk và Phú Thọ', 'Tạm dừng do địa phương đề nghị điều chỉnh thời gian.', date '2026-07-03', date '2026-08-17', null, null, 'SUSPENDED', 80000000, null, true, timestamptz '2026-09-17 09:00:00+07', timestamptz '2026-07-03 08:30:00+07', timestamptz '2026-09-17 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 11 join departments d on d.code = 'SNNMT_2025' where p.year = 2026
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SGDDT_2025','SVHTT_2025')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('66','25') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2026-07-24', 'Tổng hợp kết quả, chuẩn bị báo cáo gửi Sở Tài chính.', 'Dữ liệu mẫu'), ((select id from a), date '2026-08-15', 'Đã làm việc với Sở, ngành đầu mối của địa phương, thống nhất nội dung và thời gian.', 'Dữ liệu mẫu'), ((select id from a), date '2026-09-06', 'Hoàn thiện dự toán kinh phí, trình cấp có thẩm quyền phê duyệt.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Liên kết tour, tuyến du lịch Hà Nội – Hà Tĩnh', 'Đã tổ chức thực hiện theo kế hoạch.', date '2026-03-23', date '2026-05-22', date '2026-06-05', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 500000000, 405000000, false, timestamptz '2026-06-05 09:00:00+07', timestamptz '2026-03-23 08:30:00+07', timestamptz '2026-06-05 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 3 join departments d on d.code = 'SDL_2025' where p.year = 2026
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SKHCN_2025','SCT_2025')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('42') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2026-04-13', 'Đã làm việc với Sở, ngành đầu mối của địa phương, thống nhất nội dung và thời gian.', 'Dữ liệu mẫu'), ((select id from a), date '2026-05-04', 'Hoàn thiện dự toán kinh phí, trình cấp có thẩm quyền phê duyệt.', 'Dữ liệu mẫu'), ((select id from a), date '2026-05-25', 'Đã tổ chức khảo sát thực tế tại địa phương.', 'Dữ liệu mẫu');

with a as (insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, actual_completion, result_summary, status, budget_planned, budget_spent, shared_with_provinces, last_update_at, created_at, updated_at)
  select p.id, g.id, d.id, 'Hỗ trợ Cần Thơ lập quy hoạch đô thị', 'Đã tổ chức thực hiện theo kế hoạch.', date '2026-05-12', date '2026-08-10', date '2026-08-02', 'Hoàn thành các nội dung đề ra; các bên thống nhất tiếp tục phối hợp trong năm sau.', 'COMPLETED', 200000000, 166000000, true, timestamptz '2026-08-02 09:00:00+07', timestamptz '2026-05-12 08:30:00+07', timestamptz '2026-08-02 09:00:00+07'
  from plans p join cooperation_groups g on g.number = 10 join departments d on d.code = 'SXD_2025' where p.year = 2026
  returning id, title, created_at),
 c as (insert into activity_coordinating_departments (activity_id, department_id) select a.id, d.id from a join departments d on d.code in ('SYT_2025')),
 pp as (insert into activity_partner_provinces (activity_id, province_id) select a.id, pr.id from a join provinces pr on pr.code in ('92') and pr.valid_from = date '2025-07-01'),
 h as (insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at) select a.id, 'CREATED', a.title, 0, 'Dữ liệu mẫu', a.created_at from a)
insert into activity_progress_updates (activity_id, noted_on, note, author_name) values ((select id from a), date '2026-06-04', 'Đã làm việc với Sở, ngành đầu mối của địa phương, thống nhất nội dung và thời gian.', 'Dữ liệu mẫu'), ((select id from a), date '2026-06-27', 'Hoàn thiện dự toán kinh phí, trình cấp có thẩm quyền phê duyệt.', 'Dữ liệu mẫu'), ((select id from a), date '2026-07-21', 'Đã tổ chức khảo sát thực tế tại địa phương.', 'Dữ liệu mẫu');
