-- Sở Công Thương's 2024 goods total is "trên 310.000 tấn", as its narrative says (issue 15): a lower bound, whose
-- province rows (Điện Biên, Sơn La, Tuyên Quang) are its breakdown. It reads the schema's V67 (result_city_figures).
update yearly_results r
   set actual_is_lower_bound = true
  from indicators i, departments d
 where i.id = r.indicator_id and d.id = r.department_id
   and i.code = 'TM.SAN_LUONG_KET_NOI' and r.year = 2024 and d.code = 'SCT' and r.province_id is null;
