-- A count is written with what it counts ("15 hội nghị"), never as a bare "số lượng": each COUNT indicator names
-- its own noun in both languages. Other units have their own words and leave these empty.
alter table indicators
    add column count_noun_vi varchar(60),
    add column count_noun_en varchar(60);

update indicators i set count_noun_vi = n.vi, count_noun_en = n.en
from (values
    ('XTDT.THOA_THUAN', 'văn bản', 'documents'),
    ('XTDT.HOI_NGHI', 'hội nghị', 'conferences'),
    ('XTDT.THOA_THUAN_HIEU_LUC', 'thỏa thuận', 'agreements'),
    ('TM.TUAN_HANG', 'sự kiện', 'events'),
    ('TM.DOANH_NGHIEP', 'lượt doanh nghiệp', 'business participations'),
    ('DL.CHUONG_TRINH', 'chương trình', 'programmes'),
    ('DL.DOAN_FAMTRIP', 'đoàn', 'delegations'),
    ('NN.CHUOI_LIEN_KET', 'chuỗi liên kết', 'supply chains'),
    ('VH.SU_KIEN', 'sự kiện', 'events'),
    ('YT.CHUYEN_GIAO_KY_THUAT', 'kỹ thuật', 'techniques'),
    ('TT.TIN_BAI', 'tin, bài', 'news items'),
    ('KH.NHIEM_VU', 'nhiệm vụ', 'projects'),
    ('KH.CHUYEN_GIAO', 'công nghệ, sáng chế', 'technologies and patents'),
    ('XD.DO_AN_QUY_HOACH', 'đồ án, dự án', 'schemes and projects'),
    ('MT.CHUONG_TRINH', 'chương trình', 'programmes'),
    ('MT.DIEM_QUAN_TRAC', 'điểm quan trắc', 'monitoring stations'),
    ('CDS.DIA_PHUONG_KET_NOI', 'địa phương', 'provinces'),
    ('CDS.GIAI_PHAP', 'giải pháp', 'solutions'),
    ('GT.TUYEN_VAN_TAI', 'tuyến', 'routes'),
    ('TP.VAN_BAN', 'văn bản', 'documents'),
    ('TP.HOI_THAO', 'hội thảo', 'workshops')
) as n(code, vi, en)
where i.code = n.code and i.unit = 'COUNT';

-- Indicators added through the form since: a neutral noun until an administrator names the right one.
update indicators set count_noun_vi = 'mục', count_noun_en = 'items'
where unit = 'COUNT' and count_noun_vi is null;

-- The updates queue deferred trigger events (the dashboard's data version, V62) that must run before the table is
-- altered again.
set constraints all immediate;

alter table indicators add constraint indicators_count_noun_check
    check (unit <> 'COUNT' or (count_noun_vi is not null and count_noun_en is not null));
