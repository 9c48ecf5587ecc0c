-- Demo records that contradicted themselves (issue 15, section 5), corrected without editing V1-V4:
-- 1. Before 1 March 2025 the coordinating department was Sở Kế hoạch và Đầu tư, not Sở Tài chính: the 2024 results
--    it approved and the year it locked in early 2025, and the progress notes written before that day, say so.
-- 2. No record was created after it was last updated (an activity claimed to be created in December 2026).
-- 3. The groups' narratives no longer type figures: the report writes the figures from the approved results.

update yearly_results set approved_by_name = 'Sở Kế hoạch và Đầu tư (dữ liệu mẫu)'
where approved_by_name = 'Sở Tài chính (dữ liệu mẫu)' and approved_at < timestamptz '2025-03-01 00:00+07';

update yearly_result_changes set author_name = 'Sở Kế hoạch và Đầu tư (dữ liệu mẫu)'
where author_name = 'Sở Tài chính (dữ liệu mẫu)' and changed_at < timestamptz '2025-03-01 00:00+07';

update locked_years set locked_by_name = 'Sở Kế hoạch và Đầu tư (dữ liệu mẫu)'
where locked_by_name = 'Sở Tài chính (dữ liệu mẫu)' and locked_at < timestamptz '2025-03-01 00:00+07';

update year_lock_events set author_name = 'Sở Kế hoạch và Đầu tư (dữ liệu mẫu)'
where author_name = 'Sở Tài chính (dữ liệu mẫu)' and changed_at < timestamptz '2025-03-01 00:00+07';

update activity_progress_updates set note = replace(note, 'Sở Tài chính', 'Sở Kế hoạch và Đầu tư')
where note like '%Sở Tài chính%' and noted_on < date '2025-03-01';

with fixed as (
    update activities set created_at = least(updated_at, last_update_at)
    where created_at > least(updated_at, last_update_at)
    returning id, created_at)
update activity_changes c set changed_at = fixed.created_at
from fixed where c.activity_id = fixed.id and c.action = 'CREATED';

update group_year_narratives n set achievements = v.achievements
from (values
    (2, 2024, 'Tổ chức các tuần hàng, hội chợ giới thiệu sản phẩm của các địa phương tại Hà Nội; kết nối tiêu thụ hàng hóa qua các hội nghị giao thương.'),
    (4, 2024, 'Hỗ trợ tiêu thụ nông sản của các địa phương; duy trì các chuỗi liên kết sản xuất, tiêu thụ nông sản an toàn.'),
    (2, 2025, 'Tổ chức các tuần hàng và hội nghị giao thương kết nối tiêu thụ hàng hóa của các địa phương.')
) as v (group_number, year, achievements)
join cooperation_groups g on g.number = v.group_number
where n.group_id = g.id and n.year = v.year and n.updated_by_name = 'Dữ liệu mẫu';
