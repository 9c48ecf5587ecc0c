-- Demo agreements (embedded mode only) with the provinces that the demo activities involve. Titles follow the
-- kinds of document Hanoi signs with provinces; numbers and signatories are illustrations, marked as such.
-- Every page shows the 'Dữ liệu mẫu' banner in this mode.

create temporary table demo_agreement (
    key text primary key, kind text, number text, title text, signed_on date, valid_from date, valid_to date,
    hanoi_name text, hanoi_title text, province_name text, province_title text, summary text, shared boolean,
    terminated_on date, reason text, provinces text[], groups int[]
) on commit drop;

insert into demo_agreement values
('dienbien-2021', 'COOPERATION_AGREEMENT', '05/TTHT-HN-ĐB (mẫu)',
 'Thỏa thuận hợp tác phát triển kinh tế – xã hội giữa thành phố Hà Nội và tỉnh Điện Biên giai đoạn 2021–2025',
 date '2021-11-20', date '2021-11-20', date '2025-12-31',
 'Đại diện UBND thành phố Hà Nội (mẫu)', 'Phó Chủ tịch UBND thành phố Hà Nội',
 'Đại diện UBND tỉnh Điện Biên (mẫu)', 'Phó Chủ tịch UBND tỉnh Điện Biên',
 'Hợp tác trong xúc tiến đầu tư, thương mại, du lịch, nông nghiệp, giáo dục và an sinh xã hội; Hà Nội hỗ trợ Điện Biên xây dựng trường học và nhà ở cho hộ nghèo.',
 true, null, null, array['11@2008-08-01'], array[1, 2, 3, 4, 6, 14]),
('dienbien-2026', 'COOPERATION_PROGRAMME', '12/CTHT-HN-ĐB (mẫu)',
 'Chương trình hợp tác giữa thành phố Hà Nội và tỉnh Điện Biên giai đoạn 2026–2030',
 date '2026-03-15', date '2026-03-15', date '2030-12-31',
 'Đại diện UBND thành phố Hà Nội (mẫu)', 'Phó Chủ tịch UBND thành phố Hà Nội',
 'Đại diện UBND tỉnh Điện Biên (mẫu)', 'Chủ tịch UBND tỉnh Điện Biên',
 'Tiếp nối thỏa thuận giai đoạn 2021–2025: liên kết tiêu thụ nông sản, du lịch về nguồn, chuyển đổi số.',
 true, null, null, array['11@2025-07-01'], array[2, 3, 4, 12]),
('dienbien-internal', 'MEMORANDUM_OF_UNDERSTANDING', null,
 'Biên bản ghi nhớ về hỗ trợ nhà ở cho hộ nghèo tỉnh Điện Biên (bản nội bộ, chưa chia sẻ)',
 date '2026-10-05', date '2027-01-01', date '2027-12-31',
 null, null, null, null,
 'Bản đang hoàn thiện nội bộ giữa các sở của Hà Nội, chưa chia sẻ với địa phương.',
 false, null, null, array['11@2025-07-01'], array[14]),
('taybac-2024', 'COOPERATION_PROGRAMME', '21/CTHT-HN-TB (mẫu)',
 'Chương trình hợp tác du lịch Hà Nội – các tỉnh Tây Bắc',
 date '2024-05-10', null, date '2026-05-09',
 'Đại diện Sở Du lịch Hà Nội (mẫu)', 'Giám đốc Sở Du lịch Hà Nội',
 'Đại diện các tỉnh Tây Bắc (mẫu)', 'Giám đốc Sở Văn hóa, Thể thao và Du lịch',
 'Liên kết tour, tuyến “Hà Nội – Tây Bắc”, quảng bá chung tại các hội chợ du lịch.',
 true, null, null, array['11@2008-08-01', '12@2008-08-01', '10@2008-08-01'], array[3]),
('hagiang-2021', 'COOPERATION_AGREEMENT', '08/TTHT-HN-HG (mẫu)',
 'Thỏa thuận hợp tác giữa thành phố Hà Nội và tỉnh Hà Giang giai đoạn 2021–2025',
 date '2021-09-25', date '2021-09-25', date '2025-12-31',
 'Đại diện UBND thành phố Hà Nội (mẫu)', 'Phó Chủ tịch UBND thành phố Hà Nội',
 'Đại diện UBND tỉnh Hà Giang (mẫu)', 'Phó Chủ tịch UBND tỉnh Hà Giang',
 'Hợp tác về giao thông, môi trường, an sinh xã hội và tiêu thụ đặc sản vùng cao.',
 true, null, null, array['02@2008-08-01'], array[4, 11, 13, 14]),
('tuyenquang-2022', 'MEMORANDUM_OF_UNDERSTANDING', '14/BBGN-HN-TQ (mẫu)',
 'Biên bản ghi nhớ hợp tác văn hóa, du lịch giữa Hà Nội và Tuyên Quang',
 date '2022-08-19', date '2022-08-19', null,
 'Đại diện Sở Văn hóa và Thể thao Hà Nội (mẫu)', 'Phó Giám đốc Sở',
 'Đại diện Sở Văn hóa, Thể thao và Du lịch Tuyên Quang (mẫu)', 'Phó Giám đốc Sở',
 'Trao đổi đoàn nghệ thuật, quảng bá du lịch “Thủ đô kháng chiến” tại Hà Nội.',
 true, null, null, array['08@2008-08-01'], array[3, 5]),
('nghean-2022', 'COOPERATION_PROGRAMME', '03/CTHT-HN-NA (mẫu)',
 'Chương trình hợp tác phát triển giữa thành phố Hà Nội và tỉnh Nghệ An giai đoạn 2022–2025',
 date '2022-06-09', date '2022-06-09', date '2025-12-31',
 'Đại diện UBND thành phố Hà Nội (mẫu)', 'Phó Chủ tịch UBND thành phố Hà Nội',
 'Đại diện UBND tỉnh Nghệ An (mẫu)', 'Phó Chủ tịch UBND tỉnh Nghệ An',
 'Ký tại Tuần hàng Hà Nội – Nghệ An 2022 ở TP. Vinh: thương mại, xúc tiến đầu tư, truyền thông, môi trường.',
 true, null, null, array['40@2008-08-01'], array[1, 2, 8, 11]),
('quangninh-2023', 'MEMORANDUM_OF_UNDERSTANDING', '27/BBGN-XT (mẫu)',
 'Biên bản ghi nhớ hợp tác xúc tiến đầu tư, thương mại, du lịch giữa Hà Nội và Quảng Ninh',
 date '2023-08-24', date '2023-08-24', date '2026-08-23',
 'Đại diện Trung tâm Xúc tiến Đầu tư, Thương mại, Du lịch Hà Nội (mẫu)', 'Giám đốc Trung tâm',
 'Đại diện Trung tâm Xúc tiến Đầu tư Quảng Ninh (mẫu)', 'Giám đốc Trung tâm',
 'Ký tại hội nghị xúc tiến đầu tư, thương mại, du lịch và OCOP Hà Nội – Quảng Ninh ở Hạ Long.',
 true, null, null, array['22@2008-08-01'], array[1, 2, 3]),
('hcm-2023', 'MEMORANDUM_OF_UNDERSTANDING', '01/BBGN-HN-HCM (mẫu)',
 'Biên bản ghi nhớ hợp tác toàn diện giữa Hà Nội và TP. Hồ Chí Minh giai đoạn 2023–2025',
 date '2023-10-18', date '2023-10-18', date '2025-12-31',
 'Đại diện UBND thành phố Hà Nội (mẫu)', 'Chủ tịch UBND thành phố Hà Nội',
 'Đại diện UBND TP. Hồ Chí Minh (mẫu)', 'Chủ tịch UBND TP. Hồ Chí Minh',
 'Hợp tác trên 9 lĩnh vực: kinh tế, văn hóa, giáo dục, y tế, khoa học công nghệ, chuyển đổi số, giao thông, môi trường, quản lý đô thị.',
 true, null, null, array['79@2008-08-01'], array[1, 2, 5, 6, 7, 9, 10, 12, 13]),
('camau-2022', 'COOPERATION_AGREEMENT', '11/TTHT-DL (mẫu)',
 'Thỏa thuận hợp tác phát triển du lịch giữa Hà Nội và Cà Mau',
 date '2022-03-26', date '2022-04-01', date '2026-03-31',
 'Đại diện Sở Du lịch Hà Nội (mẫu)', 'Giám đốc Sở Du lịch Hà Nội',
 'Đại diện Sở Văn hóa, Thể thao và Du lịch Cà Mau (mẫu)', 'Giám đốc Sở',
 'Liên kết tour, tuyến “từ cực Bắc đến cực Nam”, famtrip cho doanh nghiệp lữ hành.',
 true, date '2024-06-30', 'Hai bên thống nhất thay thế bằng chương trình hợp tác du lịch mới sau khi sắp xếp lại các sở.',
 array['96@2008-08-01'], array[3]);

insert into agreements (kind, document_number, title, signed_on, valid_from, valid_to, hanoi_signatory_name,
                        hanoi_signatory_title, province_signatory_name, province_signatory_title, summary,
                        shared_with_provinces, terminated_on, termination_reason)
select kind, number, title, signed_on, valid_from, valid_to, hanoi_name, hanoi_title, province_name, province_title,
       summary, shared, terminated_on, reason
from demo_agreement order by signed_on;

insert into agreement_provinces (agreement_id, province_id)
select a.id, p.id
from demo_agreement d
join agreements a on a.title = d.title
cross join lateral unnest(d.provinces) as pc(code_and_map)
join provinces p on p.code = split_part(pc.code_and_map, '@', 1) and p.valid_from = split_part(pc.code_and_map, '@', 2)::date;

insert into agreement_groups (agreement_id, group_id)
select a.id, g.id
from demo_agreement d
join agreements a on a.title = d.title
cross join lateral unnest(d.groups) as gn(n)
join cooperation_groups g on g.number = gn.n;

-- A one-page PDF standing for the scan of the signed Điện Biên agreement.
with doc as (
    insert into agreement_documents (agreement_id, file_name, content_type, size_bytes, sha256, uploaded_by_name)
    select a.id, 'Thoa-thuan-Ha-Noi-Dien-Bien-2021-2025 (ban chup mau).pdf', 'application/pdf', 711,
           '7f397f261202c8730cec9e7d3477d46f31bca11518a74db08571e8701e343e81', 'Dữ liệu mẫu'
    from agreements a join demo_agreement d on d.title = a.title where d.key = 'dienbien-2021'
    returning id)
insert into agreement_document_contents (document_id, content)
select id, decode('255044462d312e340a312030206f626a0a3c3c202f54797065202f436174616c6f67202f5061676573203220302052203e3e0a656e646f626a0a322030206f626a0a3c3c202f54797065202f5061676573202f4b696473205b33203020525d202f436f756e742031203e3e0a656e646f626a0a332030206f626a0a3c3c202f54797065202f50616765202f506172656e74203220302052202f4d65646961426f78205b30203020353935203834325d202f5265736f7572636573203c3c202f466f6e74203c3c202f4631203520302052203e3e203e3e202f436f6e74656e7473203420302052203e3e0a656e646f626a0a342030206f626a0a3c3c202f4c656e67746820313636203e3e0a73747265616d0a4254202f463120313420546620353620373830205464202854686f6120746875616e20686f7020746163204861204e6f69202d204469656e204269656e20323032312d323032352920546a2030202d3232205464202f4631203130205466202842616e2063687570206d696e6820686f61202d206475206c696575206d61752c206b686f6e6720706861692076616e2062616e206368696e6820746875632e2920546a2045540a656e6473747265616d0a656e646f626a0a352030206f626a0a3c3c202f54797065202f466f6e74202f53756274797065202f5479706531202f42617365466f6e74202f48656c766574696361203e3e0a656e646f626a0a787265660a3020360a303030303030303030302036353533352066200a30303030303030303039203030303030206e200a30303030303030303538203030303030206e200a30303030303030313135203030303030206e200a30303030303030323431203030303030206e200a30303030303030343538203030303030206e200a747261696c65720a3c3c202f53697a652036202f526f6f74203120302052203e3e0a7374617274787265660a3532380a2525454f460a', 'hex') from doc;

-- Activities that carry out these agreements.
update activities set agreement_id = (select a.id from agreements a join demo_agreement d on d.title = a.title where d.key = 'dienbien-2021')
 where title in ('Hội thảo pháp luật về liên kết vùng Hà Nội – Điện Biên', 'Trao quà an sinh xã hội cho hộ nghèo Điện Biên',
                 'Khánh thành Trường Tiểu học Hà Nội – Điện Biên Phủ do Hà Nội hỗ trợ xây dựng');
update activities set agreement_id = (select a.id from agreements a join demo_agreement d on d.title = a.title where d.key = 'quangninh-2023')
 where title = 'Hội nghị xúc tiến đầu tư, thương mại, du lịch và OCOP Hà Nội – Quảng Ninh tại Hạ Long';
update activities set agreement_id = (select a.id from agreements a join demo_agreement d on d.title = a.title where d.key = 'hcm-2023')
 where title in ('Triển khai biên bản ghi nhớ hợp tác toàn diện Hà Nội – TP. Hồ Chí Minh giai đoạn 2023–2025',
                 'Kết nối hạ tầng giao thông liên vùng Hà Nội – TP. Hồ Chí Minh');
update activities set agreement_id = (select a.id from agreements a join demo_agreement d on d.title = a.title where d.key = 'nghean-2022')
 where title = 'Tuần hàng Hà Nội – Nghệ An 2022 và hội nghị xúc tiến đầu tư tại TP. Vinh';
update activities set agreement_id = (select a.id from agreements a join demo_agreement d on d.title = a.title where d.key = 'hagiang-2021')
 where title = 'Phối hợp tổ chức giao thông tuyến vận tải khách Hà Nội – Hà Giang';

-- A short exchange between Điện Biên and Hanoi on a shared activity.
insert into activity_comments (activity_id, province_id, author_name, from_province, body, commented_at)
select a.id, p.id, 'Lò Văn Thắng – UBND tỉnh Điện Biên (demo)', true,
       'Tỉnh đã nhận đủ quà và kinh phí hỗ trợ; đề nghị Hà Nội tiếp tục hỗ trợ các xã vùng cao trong năm sau.',
       timestamptz '2023-04-25 10:00:00+07'
from activities a join provinces p on p.code = '11' and p.valid_from = date '2025-07-01'
where a.title = 'Trao quà an sinh xã hội cho hộ nghèo Điện Biên';
insert into activity_comments (activity_id, province_id, author_name, from_province, body, commented_at)
select a.id, p.id, 'Dữ liệu mẫu – Sở Nội vụ Hà Nội', false,
       'Sở đã ghi nhận đề nghị và đưa vào dự kiến kế hoạch năm sau.',
       timestamptz '2023-05-03 15:30:00+07'
from activities a join provinces p on p.code = '11' and p.valid_from = date '2008-08-01'
where a.title = 'Trao quà an sinh xã hội cho hộ nghèo Điện Biên';
