package vn.hanoi.cooperation;

import java.time.LocalDate;

import org.springframework.beans.BeanUtils;
import org.springframework.test.util.ReflectionTestUtils;

import vn.hanoi.cooperation.department.Department;
import vn.hanoi.cooperation.group.CooperationGroup;
import vn.hanoi.cooperation.province.Province;

/**
 * Records as a mocked repository of a {@link WebSliceTest} returns them: entities have no public constructor (JPA
 * builds them), so these are set field by field, with only what the form under test reads.
 */
public final class SliceRecords {

	/** Two departments, a partner province and a group that every slice's forms choose from. */
	public static final Department TRADE = department(5, "Sở Công Thương", "Department of Industry and Trade");

	public static final Department HEALTH = department(6, "Sở Y tế", "Department of Health");

	public static final Province DIEN_BIEN = province(31, "Điện Biên", "Dien Bien");

	public static final CooperationGroup TRADE_GROUP = group(2, 2, "Thương mại", "Trade");

	private SliceRecords() {
	}

	/** An entity of the type with the id and the fields given as name, value, name, value… */
	public static <T> T record(Class<T> type, long id, Object... namesAndValues) {
		T entity = BeanUtils.instantiateClass(type);
		ReflectionTestUtils.setField(entity, "id", id);
		for (int i = 0; i < namesAndValues.length; i += 2) {
			ReflectionTestUtils.setField(entity, (String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return entity;
	}

	/** A department of the 2025 organisation (from 1 March 2025). */
	public static Department department(long id, String nameVi, String nameEn) {
		return record(Department.class, id, "code", "D" + id, "nameVi", nameVi, "nameEn", nameEn, "validFrom",
				LocalDate.of(2025, 3, 1));
	}

	/** A province of the 2025 map (from 1 July 2025). */
	public static Province province(long id, String nameVi, String nameEn) {
		return record(Province.class, id, "code", String.valueOf(id), "nameVi", nameVi, "nameEn", nameEn, "nameViFull",
				nameVi, "validFrom", LocalDate.of(2025, 7, 1));
	}

	public static CooperationGroup group(long id, int number, String nameVi, String nameEn) {
		return record(CooperationGroup.class, id, "number", number, "nameVi", nameVi, "nameEn", nameEn);
	}

}
