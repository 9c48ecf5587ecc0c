-- Demo items for every role's inbox (issue 17): dated from the day the demo is loaded, so that a fresh demo
-- shows an agreement about to expire, an agreement newly shared with Điện Biên, an answer to Điện Biên's
-- question, a province's dispute, a recent approval and an activity newly overdue. The figures are illustrations.

-- Staff (canbo.sct) and Điện Biên (dienbien): a conversation on a shared activity. Điện Biên asked, Hanoi answered:
-- Điện Biên's inbox shows the answer. On a second activity Điện Biên's question waits for Sở Công Thương.
insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start, deadline, status,
                        shared_with_provinces, last_update_at, created_at, updated_at)
select p.id, g.id, d.id, v.title, v.description, current_date - 60, current_date + v.deadline_in, 'IN_PROGRESS', true,
       now() - interval '5 days', now() - interval '60 days', now() - interval '5 days'
from (values
    ('Hội chợ nông sản, đặc sản Điện Biên tại Hà Nội 2026 (dữ liệu mẫu)',
     'Tổ chức gian hàng nông sản, đặc sản của tỉnh Điện Biên tại Hà Nội.', 10),
    ('Kết nối doanh nghiệp phân phối Hà Nội với hợp tác xã Điện Biên (dữ liệu mẫu)',
     'Hội nghị kết nối cung cầu giữa doanh nghiệp phân phối và hợp tác xã.', -3)
) as v(title, description, deadline_in)
join plans p on p.year = 2026
join cooperation_groups g on g.number = 2
join departments d on d.code = 'SCT_2025'
where exists (select 1 from plan_groups pg where pg.plan_id = p.id and pg.group_id = g.id);

insert into activity_partner_provinces (activity_id, province_id)
select a.id, pr.id from activities a join provinces pr on pr.code = '11' and pr.valid_from = date '2025-07-01'
where a.title in ('Hội chợ nông sản, đặc sản Điện Biên tại Hà Nội 2026 (dữ liệu mẫu)',
                  'Kết nối doanh nghiệp phân phối Hà Nội với hợp tác xã Điện Biên (dữ liệu mẫu)');

insert into activity_comments (activity_id, province_id, author_name, from_province, body, commented_at)
select a.id, pr.id, v.author, v.from_province, v.body, now() - v.ago
from (values
    ('Hội chợ nông sản, đặc sản Điện Biên tại Hà Nội 2026 (dữ liệu mẫu)', 'Cán bộ Sở Công Thương Điện Biên (demo)', true,
     'Đề nghị Hà Nội cho biết số gian hàng dành cho các hợp tác xã của tỉnh.', interval '4 days'),
    ('Hội chợ nông sản, đặc sản Điện Biên tại Hà Nội 2026 (dữ liệu mẫu)', 'Sở Công Thương Hà Nội (demo)', false,
     'Hà Nội dành 20 gian hàng cho các hợp tác xã của tỉnh; danh sách gửi trước ngày 15.', interval '2 days'),
    ('Kết nối doanh nghiệp phân phối Hà Nội với hợp tác xã Điện Biên (dữ liệu mẫu)', 'Cán bộ Sở Công Thương Điện Biên (demo)', true,
     'Tỉnh đề nghị lùi hội nghị sang tuần sau để các hợp tác xã chuẩn bị hàng mẫu.', interval '1 day')
) as v(title, author, from_province, body, ago)
join activities a on a.title = v.title
join provinces pr on pr.code = '11' and pr.valid_from = date '2025-07-01';

-- Coordinator (dieuphoi): an agreement that expires in 45 days; Điện Biên (dienbien): an agreement newly shared.
insert into agreements (kind, document_number, title, signed_on, valid_from, valid_to, summary, shared_with_provinces,
                        created_at, updated_at)
values
    ('MEMORANDUM_OF_UNDERSTANDING', '12/BGN-HN-SL', 'Biên bản ghi nhớ hợp tác thương mại Hà Nội – Sơn La (dữ liệu mẫu)',
     current_date - 200, current_date - 200, current_date + 45,
     'Hợp tác tiêu thụ nông sản; sắp hết hiệu lực, cần quyết định gia hạn.', false, now() - interval '200 days',
     now() - interval '200 days'),
    ('COOPERATION_PROGRAMME', '05/CTr-HN-ĐB', 'Chương trình hợp tác Hà Nội – Điện Biên giai đoạn 2026–2030 (dữ liệu mẫu)',
     current_date - 3, current_date - 3, current_date + 1800,
     'Chương trình hợp tác mới, đã chia sẻ với tỉnh Điện Biên.', true, now() - interval '2 days',
     now() - interval '2 days');

insert into agreement_provinces (agreement_id, province_id)
select a.id, pr.id from agreements a
join provinces pr on pr.valid_from = date '2025-07-01'
 and pr.code = case when a.title like '%Sơn La%' then '14' else '11' end
where a.title in ('Biên bản ghi nhớ hợp tác thương mại Hà Nội – Sơn La (dữ liệu mẫu)',
                  'Chương trình hợp tác Hà Nội – Điện Biên giai đoạn 2026–2030 (dữ liệu mẫu)');

-- Leader (lanhdao) and Điện Biên: a breakdown approved yesterday, waiting for Điện Biên's confirmation.
insert into yearly_results (indicator_id, year, department_id, province_id, target, actual, narrative, status,
                            submitted_at, approved_by_name, approved_at, created_at, updated_at)
select i.id, 2025, d.id, pr.id, 2, 2, 'Hai tuần hàng Điện Biên tại Hà Nội năm 2025.', 'APPROVED',
       now() - interval '3 days', 'Sở Tài chính (dữ liệu mẫu)', now() - interval '1 day', now() - interval '5 days',
       now() - interval '1 day'
from indicators i
join departments d on d.code = 'SCT_2025'
join provinces pr on pr.code = '11' and pr.valid_from = date '2025-07-01'
where i.code = 'TM.TUAN_HANG';
