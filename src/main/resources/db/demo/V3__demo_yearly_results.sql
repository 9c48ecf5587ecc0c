-- Demo yearly results (embedded mode only): approved figures for 2024, the 2025 figures at every step of the
-- workflow (draft, submitted, returned, approved), and targets for 2026, for Sở Công Thương and Sở Nông nghiệp
-- và Môi trường (demo accounts canbo.sct, canbo.snnmt) and their predecessors. The figures are illustrations.

insert into yearly_results (indicator_id, year, department_id, province_id, target, actual, narrative, status,
                            return_reason, submitted_at, approved_by_name, approved_at, created_at, updated_at)
select i.id, v.year, d.id, p.id, v.target, v.actual, v.narrative, v.status, v.return_reason,
       case when v.status in ('SUBMITTED', 'APPROVED', 'RETURNED') then v.at end,
       case when v.status = 'APPROVED' then 'Sở Tài chính (dữ liệu mẫu)' end,
       case when v.status = 'APPROVED' then v.at + interval '3 days' end,
       v.at - interval '10 days', v.at
from (values
    -- 2024, approved: the predecessors of the 2025 departments entered them.
    ('TM.SAN_LUONG_KET_NOI', 2024, 'SCT', null, null, 280000, 310000, 'Kết nối tiêu thụ hàng hóa qua các tuần hàng và hội nghị giao thương.', 'APPROVED', null, timestamptz '2025-01-10 09:00+07'),
    ('TM.SAN_LUONG_KET_NOI', 2024, 'SCT', '11', '2008-08-01', 40000, 45000, 'Tuần hàng Điện Biên tại Hà Nội.', 'APPROVED', null, timestamptz '2025-01-10 09:00+07'),
    ('TM.SAN_LUONG_KET_NOI', 2024, 'SCT', '14', '2008-08-01', 50000, 61000, 'Kết nối tiêu thụ nông sản Sơn La.', 'APPROVED', null, timestamptz '2025-01-10 09:00+07'),
    ('TM.TUAN_HANG', 2024, 'SCT', null, null, 10, 11, null, 'APPROVED', null, timestamptz '2025-01-10 09:00+07'),
    ('TM.DOANH_NGHIEP', 2024, 'SCT', null, null, 500, 580, null, 'APPROVED', null, timestamptz '2025-01-10 09:00+07'),
    ('NN.TIEU_THU_NONG_SAN', 2024, 'SNNPTNT', null, null, 50000, 56000, null, 'APPROVED', null, timestamptz '2025-01-12 09:00+07'),
    ('NN.CHUOI_LIEN_KET', 2024, 'SNNPTNT', null, null, 40, 42, 'Số chuỗi liên kết đang hoạt động cuối năm.', 'APPROVED', null, timestamptz '2025-01-12 09:00+07'),
    ('ASXH.TU_VAN_VIEC_LAM', 2024, 'SLDTBXH', null, null, 3000, 3150, null, 'APPROVED', null, timestamptz '2025-01-15 09:00+07'),
    ('ASXH.PHONG_VAN', 2024, 'SLDTBXH', null, null, 2000, 2210, null, 'APPROVED', null, timestamptz '2025-01-15 09:00+07'),
    ('ASXH.TUYEN_DUNG', 2024, 'SLDTBXH', null, null, 850, 912, null, 'APPROVED', null, timestamptz '2025-01-15 09:00+07'),
    -- 2025: the workflow in progress.
    ('TM.SAN_LUONG_KET_NOI', 2025, 'SCT_2025', null, null, 320000, 335000, 'Sản lượng kết nối qua 12 tuần hàng và 3 hội nghị giao thương.', 'SUBMITTED', null, timestamptz '2026-01-08 09:00+07'),
    ('TM.SAN_LUONG_KET_NOI', 2025, 'SCT_2025', '11', '2025-07-01', 45000, 52000, 'Tuần hàng Điện Biên tại Hà Nội 2025.', 'DRAFT', null, timestamptz '2026-01-06 09:00+07'),
    ('TM.TUAN_HANG', 2025, 'SCT_2025', null, null, 12, 12, null, 'RETURNED', 'Đề nghị tách riêng số tuần hàng tổ chức tại các tỉnh và tại Hà Nội.', timestamptz '2026-01-08 09:00+07'),
    ('TM.DOANH_NGHIEP', 2025, 'SCT_2025', null, null, 600, 640, null, 'APPROVED', null, timestamptz '2026-01-08 09:00+07'),
    ('NN.TIEU_THU_NONG_SAN', 2025, 'SNNMT_2025', null, null, 60000, 58500, 'Sản lượng giảm do ảnh hưởng của bão số 3 tới vùng nguyên liệu.', 'SUBMITTED', null, timestamptz '2026-01-09 09:00+07'),
    ('NN.CHUOI_LIEN_KET', 2025, 'SNNMT_2025', null, null, 45, 47, null, 'DRAFT', null, timestamptz '2026-01-09 09:00+07'),
    -- 2026: targets set at the start of the year.
    ('TM.SAN_LUONG_KET_NOI', 2026, 'SCT_2025', null, null, 350000, null, null, 'DRAFT', null, timestamptz '2026-02-01 09:00+07'),
    ('TM.TUAN_HANG', 2026, 'SCT_2025', null, null, 14, null, null, 'DRAFT', null, timestamptz '2026-02-01 09:00+07'),
    ('NN.TIEU_THU_NONG_SAN', 2026, 'SNNMT_2025', null, null, 65000, null, null, 'DRAFT', null, timestamptz '2026-02-01 09:00+07'),
    ('NN.CHUOI_LIEN_KET', 2026, 'SNNMT_2025', null, null, 50, null, null, 'DRAFT', null, timestamptz '2026-02-01 09:00+07')
) as v (indicator, year, department, province, province_from, target, actual, narrative, status, return_reason, at)
join indicators i on i.code = v.indicator
join departments d on d.code = v.department
left join provinces p on p.code = v.province and p.valid_from = v.province_from::date;

-- Their history, step by step.
insert into yearly_result_changes (result_id, action, new_value, version_after, author_name, changed_at)
select r.id, 'CREATED', i.code, 0, 'Dữ liệu mẫu', r.created_at
from yearly_results r join indicators i on i.id = r.indicator_id where r.year between 2024 and 2026;
insert into yearly_result_changes (result_id, action, field, version_after, author_name, changed_at)
select r.id, 'SUBMITTED', 'status', 0, 'Dữ liệu mẫu', r.submitted_at
from yearly_results r where r.year between 2024 and 2026 and r.submitted_at is not null;
insert into yearly_result_changes (result_id, action, field, new_value, version_after, author_name, changed_at)
select r.id, 'RETURNED', 'returnReason', r.return_reason, 0, 'Sở Tài chính (dữ liệu mẫu)', r.submitted_at + interval '2 days'
from yearly_results r where r.year between 2024 and 2026 and r.status = 'RETURNED';
insert into yearly_result_changes (result_id, action, field, version_after, author_name, changed_at)
select r.id, 'APPROVED', 'status', 0, r.approved_by_name, r.approved_at
from yearly_results r where r.year between 2024 and 2026 and r.status = 'APPROVED';

-- A partner province disputing a figure, so that the year view's flag can be seen (issue 4 lets provinces do it).
insert into province_confirmations (result_id, province_id, status, comment, author_name, confirmed_at)
select r.id, r.province_id, 'DISPUTED', 'Theo số liệu của Sở Công Thương Điện Biên, sản lượng tiêu thụ tại Tuần hàng là 41.500 tấn.',
       'Dữ liệu mẫu', timestamptz '2025-01-20 09:00+07'
from yearly_results r join provinces p on p.id = r.province_id
where r.year = 2024 and p.code = '11';

-- 2024 is closed.
insert into locked_years (year, locked_by_name, locked_at) values (2024, 'Sở Tài chính (dữ liệu mẫu)', timestamptz '2025-02-01 09:00+07');
insert into year_lock_events (year, action, author_name, changed_at) values (2024, 'LOCKED', 'Sở Tài chính (dữ liệu mẫu)', timestamptz '2025-02-01 09:00+07');

-- The groups' narratives, in the shape of the yearly report.
insert into group_year_narratives (group_id, year, achievements, difficulties, proposals, updated_by_name)
select g.id, v.year, v.achievements, v.difficulties, v.proposals, 'Dữ liệu mẫu'
from (values
    (2, 2024, 'Tổ chức 11 tuần hàng, hội chợ giới thiệu sản phẩm của các địa phương tại Hà Nội; kết nối tiêu thụ trên 310.000 tấn hàng hóa.',
     'Một số địa phương chưa có đầu mối thống nhất về xúc tiến thương mại; chi phí vận chuyển cao.',
     'Đề nghị các địa phương cử đầu mối thường trực; bố trí kinh phí hỗ trợ vận chuyển hàng hóa.'),
    (4, 2024, 'Hỗ trợ tiêu thụ 56.000 tấn nông sản; duy trì 42 chuỗi liên kết sản xuất, tiêu thụ nông sản an toàn.',
     'Sản phẩm của một số địa phương chưa đáp ứng tiêu chuẩn truy xuất nguồn gốc.',
     'Tăng cường tập huấn về truy xuất nguồn gốc cho hợp tác xã của các địa phương.'),
    (2, 2025, 'Tổ chức 12 tuần hàng; sản lượng kết nối tiêu thụ ước đạt 335.000 tấn.',
     'Bão số 3 ảnh hưởng tới nguồn hàng của các tỉnh miền núi phía Bắc trong quý III.',
     'Đề nghị Sở Tài chính bố trí kinh phí cho 14 tuần hàng năm 2026.')
) as v (group_number, year, achievements, difficulties, proposals)
join cooperation_groups g on g.number = v.group_number;
