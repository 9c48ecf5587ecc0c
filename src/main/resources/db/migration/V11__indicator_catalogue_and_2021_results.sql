-- The indicator catalogue for the 15 groups of Plan 188/KH-UBND, and the 2021 figures that the plan reports
-- (reference data, present in every mode): they are the baseline of year over year.

insert into indicators (code, name_vi, name_en, unit, group_id, aggregation, direction)
select v.code, v.name_vi, v.name_en, v.unit, g.id, v.aggregation, v.direction
from (values
    (1, 'XTDT.THOA_THUAN', 'Số thỏa thuận, chương trình hợp tác được ký kết', 'Cooperation agreements and programmes signed', 'COUNT', 'SUM', 'HIGHER'),
    (1, 'XTDT.HOI_NGHI', 'Số hội nghị xúc tiến đầu tư, thương mại, du lịch', 'Investment, trade and tourism promotion conferences', 'COUNT', 'SUM', 'HIGHER'),
    (1, 'XTDT.THOA_THUAN_HIEU_LUC', 'Số thỏa thuận hợp tác còn hiệu lực (lũy kế)', 'Cooperation agreements in force (running total)', 'COUNT', 'LAST', 'HIGHER'),
    (2, 'TM.SAN_LUONG_KET_NOI', 'Sản lượng hàng hóa được kết nối tiêu thụ', 'Goods connected to buyers', 'TONNE', 'SUM', 'HIGHER'),
    (2, 'TM.TUAN_HANG', 'Số tuần hàng, hội chợ, phiên chợ giới thiệu sản phẩm các địa phương', 'Trade weeks, fairs and markets for the provinces'' products', 'COUNT', 'SUM', 'HIGHER'),
    (2, 'TM.DOANH_NGHIEP', 'Số lượt doanh nghiệp tham gia kết nối cung cầu', 'Businesses taking part in supply-demand matching (times)', 'COUNT', 'SUM', 'HIGHER'),
    (3, 'DL.CHUONG_TRINH', 'Số chương trình kích cầu, liên kết du lịch', 'Tourism stimulus and linkage programmes', 'COUNT', 'SUM', 'HIGHER'),
    (3, 'DL.DOAN_FAMTRIP', 'Số đoàn khảo sát (famtrip) giữa các địa phương', 'Familiarisation trips between localities', 'COUNT', 'SUM', 'HIGHER'),
    (4, 'NN.TIEU_THU_NONG_SAN', 'Sản lượng nông sản được hỗ trợ tiêu thụ', 'Farm products helped to market', 'TONNE', 'SUM', 'HIGHER'),
    (4, 'NN.CHUOI_LIEN_KET', 'Số chuỗi liên kết sản xuất, tiêu thụ nông sản an toàn (lũy kế)', 'Safe farm-product supply chains (running total)', 'COUNT', 'LAST', 'HIGHER'),
    (5, 'VH.SU_KIEN', 'Số sự kiện giao lưu văn hóa, thể thao', 'Cultural and sports exchange events', 'COUNT', 'SUM', 'HIGHER'),
    (5, 'VH.NGUOI_THAM_GIA', 'Số lượt người tham gia giao lưu văn hóa, thể thao', 'Participants in cultural and sports exchanges', 'PERSON_TIMES', 'SUM', 'HIGHER'),
    (6, 'GD.CAN_BO_DAO_TAO', 'Số cán bộ, giáo viên các địa phương được đào tạo, bồi dưỡng', 'Officials and teachers of the provinces trained', 'PERSON', 'SUM', 'HIGHER'),
    (6, 'GD.TY_LE_HOAN_THANH', 'Tỷ lệ học viên hoàn thành khóa đào tạo', 'Share of trainees completing their course', 'PERCENT', 'AVERAGE', 'HIGHER'),
    (7, 'YT.KHAM_CHUA_BENH', 'Số lượt người được khám, chữa bệnh miễn phí', 'Free medical examinations and treatments', 'PERSON_TIMES', 'SUM', 'HIGHER'),
    (7, 'YT.CHUYEN_GIAO_KY_THUAT', 'Số kỹ thuật y tế được chuyển giao', 'Medical techniques transferred', 'COUNT', 'SUM', 'HIGHER'),
    (7, 'YT.TY_LE_CHUYEN_TUYEN', 'Tỷ lệ người bệnh phải chuyển tuyến lên Hà Nội', 'Share of patients referred up to Hanoi', 'PERCENT', 'AVERAGE', 'LOWER'),
    (8, 'TT.TIN_BAI', 'Số tin, bài tuyên truyền về hợp tác giữa Hà Nội và các địa phương', 'News items on the cooperation', 'COUNT', 'SUM', 'HIGHER'),
    (9, 'KH.NHIEM_VU', 'Số nhiệm vụ khoa học và công nghệ phối hợp thực hiện', 'Joint science and technology projects', 'COUNT', 'SUM', 'HIGHER'),
    (9, 'KH.CHUYEN_GIAO', 'Số công nghệ, sáng chế được chuyển giao', 'Technologies and patents transferred', 'COUNT', 'SUM', 'HIGHER'),
    (10, 'XD.DO_AN_QUY_HOACH', 'Số đồ án quy hoạch, dự án được trao đổi kinh nghiệm', 'Planning schemes and projects shared', 'COUNT', 'SUM', 'HIGHER'),
    (10, 'XD.CAN_BO_TAP_HUAN', 'Số cán bộ quản lý đô thị được tập huấn', 'Urban management officials trained', 'PERSON', 'SUM', 'HIGHER'),
    (11, 'MT.CHUONG_TRINH', 'Số chương trình phối hợp bảo vệ môi trường lưu vực sông', 'Joint river-basin environmental programmes', 'COUNT', 'SUM', 'HIGHER'),
    (11, 'MT.DIEM_QUAN_TRAC', 'Số điểm quan trắc môi trường chia sẻ dữ liệu (lũy kế)', 'Environmental monitoring stations sharing data (running total)', 'COUNT', 'LAST', 'HIGHER'),
    (12, 'CDS.DIA_PHUONG_KET_NOI', 'Số địa phương kết nối, chia sẻ dữ liệu với Hà Nội (lũy kế)', 'Provinces connected and sharing data with Hanoi (running total)', 'COUNT', 'LAST', 'HIGHER'),
    (12, 'CDS.GIAI_PHAP', 'Số giải pháp, nền tảng số được chia sẻ', 'Digital solutions and platforms shared', 'COUNT', 'SUM', 'HIGHER'),
    (13, 'GT.TUYEN_VAN_TAI', 'Số tuyến vận tải hành khách liên tỉnh được phối hợp tổ chức', 'Inter-provincial passenger routes organised jointly', 'COUNT', 'SUM', 'HIGHER'),
    (13, 'GT.TY_LE_CHAM_GIO', 'Tỷ lệ chuyến xe khách liên tỉnh chậm giờ', 'Share of inter-provincial coach trips running late', 'PERCENT', 'AVERAGE', 'LOWER'),
    (14, 'ASXH.KINH_PHI_HO_TRO', 'Kinh phí hỗ trợ các địa phương', 'Financial support to the provinces', 'BILLION_VND', 'SUM', 'HIGHER'),
    (14, 'ASXH.TU_VAN_VIEC_LAM', 'Số lượt người được tư vấn việc làm', 'People counselled on jobs (times)', 'PERSON_TIMES', 'SUM', 'HIGHER'),
    (14, 'ASXH.PHONG_VAN', 'Số lượt người được phỏng vấn', 'Job interviews held (times)', 'PERSON_TIMES', 'SUM', 'HIGHER'),
    (14, 'ASXH.TUYEN_DUNG', 'Số lao động được tuyển dụng', 'Workers hired', 'PERSON', 'SUM', 'HIGHER'),
    (15, 'TP.VAN_BAN', 'Số văn bản, chính sách được trao đổi, góp ý', 'Legal texts and policies exchanged for comment', 'COUNT', 'SUM', 'HIGHER'),
    (15, 'TP.HOI_THAO', 'Số hội thảo về xây dựng, đánh giá chính sách Luật Thủ đô', 'Workshops on the Capital Law''s policies', 'COUNT', 'SUM', 'HIGHER')
) as v (group_number, code, name_vi, name_en, unit, aggregation, direction)
join cooperation_groups g on g.number = v.group_number;

-- The 2021 figures reported in Plan 188/KH-UBND (06/7/2022). The report names no department, so they are
-- city-level figures (no department), approved on the day the plan that reports them was issued.
insert into yearly_results (indicator_id, year, department_id, province_id, actual, actual_is_lower_bound,
                            narrative, status, approved_by_name, approved_at)
select i.id, 2021, null, null, v.actual, v.lower_bound,
       'Số liệu năm 2021 theo Kế hoạch số 188/KH-UBND ngày 06/7/2022 của UBND thành phố Hà Nội.',
       'APPROVED', 'Kế hoạch 188/KH-UBND', timestamptz '2022-07-06 00:00:00+07'
from (values
    ('ASXH.KINH_PHI_HO_TRO', 144, false),
    ('TM.SAN_LUONG_KET_NOI', 300000, true),
    ('ASXH.TU_VAN_VIEC_LAM', 2818, false),
    ('ASXH.PHONG_VAN', 1979, false),
    ('ASXH.TUYEN_DUNG', 803, false)
) as v (code, actual, lower_bound)
join indicators i on i.code = v.code;

insert into yearly_result_changes (result_id, action, new_value, version_after, author_name, changed_at)
select r.id, 'APPROVED', 'Kế hoạch số 188/KH-UBND ngày 06/7/2022', 0, 'Kế hoạch 188/KH-UBND', r.approved_at
from yearly_results r where r.year = 2021;
