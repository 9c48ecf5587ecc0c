-- Demo results that partner provinces answer (issue 4), embedded mode only: approved figures about Điện Biên and
-- Tuyên Quang (demo accounts dienbien, tuyenquang) and about Hà Giang, whose results Tuyên Quang answers since the
-- 2025 merger. One is already confirmed and the 2024 trade-week figure already disputed (V3), so that every state
-- shows; the rest wait for the province's answer. The figures are illustrations.

insert into yearly_results (indicator_id, year, department_id, province_id, target, actual, narrative, status,
                            submitted_at, approved_by_name, approved_at, created_at, updated_at)
select i.id, v.year, d.id, p.id, v.target, v.actual, v.narrative, 'APPROVED', v.at,
       'Sở Tài chính (dữ liệu mẫu)', v.at + interval '3 days', v.at - interval '10 days', v.at + interval '3 days'
from (values
    ('DL.CHUONG_TRINH', 2024, 'SDL', '11', '2008-08-01', 3, 4, 'Chương trình kích cầu du lịch "Điện Biên – điểm đến an toàn" cho khách Hà Nội.', timestamptz '2025-01-11 09:00+07'),
    ('NN.TIEU_THU_NONG_SAN', 2024, 'SNNPTNT', '02', '2008-08-01', 8000, 9200, 'Tiêu thụ cam sành và chè Shan tuyết Hà Giang qua các chuỗi cửa hàng tại Hà Nội.', timestamptz '2025-01-12 09:00+07'),
    ('TM.SAN_LUONG_KET_NOI', 2024, 'SCT', '08', '2008-08-01', 15000, 16800, 'Tuần hàng Tuyên Quang tại Hà Nội.', timestamptz '2025-01-10 09:00+07'),
    ('VH.SU_KIEN', 2025, 'SVHTT_2025', '11', '2025-07-01', 4, 5, 'Ngày hội văn hóa các dân tộc Điện Biên tại Hà Nội và 4 đợt giao lưu thể thao.', timestamptz '2026-01-09 09:00+07'),
    ('YT.KHAM_CHUA_BENH', 2025, 'SYT_2025', '11', '2025-07-01', 1500, 1820, 'Khám, chữa bệnh miễn phí tại các huyện vùng cao của Điện Biên.', timestamptz '2026-01-09 09:00+07'),
    ('DL.DOAN_FAMTRIP', 2025, 'SDL_2025', '08', '2025-07-01', 3, 3, 'Đoàn khảo sát các tuyến du lịch Tuyên Quang cho doanh nghiệp lữ hành Hà Nội.', timestamptz '2026-01-10 09:00+07')
) as v (indicator, year, department, province, province_from, target, actual, narrative, at)
join indicators i on i.code = v.indicator
join departments d on d.code = v.department
join provinces p on p.code = v.province and p.valid_from = v.province_from::date;

insert into yearly_result_changes (result_id, action, new_value, version_after, author_name, changed_at)
select r.id, 'CREATED', i.code, 0, 'Dữ liệu mẫu', r.created_at
from yearly_results r join indicators i on i.id = r.indicator_id
where r.approved_by_name = 'Sở Tài chính (dữ liệu mẫu)' and r.province_id is not null
  and not exists (select 1 from yearly_result_changes c where c.result_id = r.id);
insert into yearly_result_changes (result_id, action, field, version_after, author_name, changed_at)
select r.id, 'SUBMITTED', 'status', 0, 'Dữ liệu mẫu', r.submitted_at
from yearly_results r
where r.approved_by_name = 'Sở Tài chính (dữ liệu mẫu)' and r.province_id is not null
  and not exists (select 1 from yearly_result_changes c where c.result_id = r.id and c.action = 'SUBMITTED');
insert into yearly_result_changes (result_id, action, field, version_after, author_name, changed_at)
select r.id, 'APPROVED', 'status', 0, r.approved_by_name, r.approved_at
from yearly_results r
where r.approved_by_name = 'Sở Tài chính (dữ liệu mẫu)' and r.province_id is not null
  and not exists (select 1 from yearly_result_changes c where c.result_id = r.id and c.action = 'APPROVED');

-- Điện Biên has confirmed its medical figures.
insert into province_confirmations (result_id, province_id, status, comment, author_name, confirmed_at)
select r.id, r.province_id, 'CONFIRMED', null, 'Lò Văn Thắng – UBND tỉnh Điện Biên (demo)', timestamptz '2026-01-20 10:00+07'
from yearly_results r join indicators i on i.id = r.indicator_id join provinces p on p.id = r.province_id
where r.year = 2025 and i.code = 'YT.KHAM_CHUA_BENH' and p.code = '11';

-- Every current answer starts the answers' history (V3's dispute included), and the result's history names it.
insert into province_confirmation_history (result_id, province_id, status, comment, author_id, author_name, answered_at)
select c.result_id, c.province_id, c.status, c.comment, c.author_id, c.author_name, c.confirmed_at
from province_confirmations c
where not exists (select 1 from province_confirmation_history h where h.result_id = c.result_id and h.province_id = c.province_id);
insert into yearly_result_changes (result_id, action, field, new_value, version_after, author_name, changed_at)
select c.result_id, c.status, 'confirmation', c.comment, 0, c.author_name, c.confirmed_at
from province_confirmations c
where not exists (select 1 from yearly_result_changes y where y.result_id = c.result_id and y.action in ('CONFIRMED', 'DISPUTED'));
