package vn.hanoi.cooperation.account;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static vn.hanoi.cooperation.system.SqlValues.idsForIn;

/**
 * What a viewer may read, in one value: Hanoi's users read the whole city's records; a province officer reads the
 * records shared with their units (and the units' predecessors). The SQL of every read model states its condition
 * from this value, and every cache key holds this value instead of the viewer, so that a kept page can never be
 * shown to someone whose scope differs, nor be kept apart for viewers whose reads are the same. Narrowing what
 * some viewer may read means adding it here, to the condition and the key at once.
 */
public record ReadScope(boolean wholeCity, Set<Long> provinces) {

	/** The named parameter the conditions use for the province officer's units. */
	public static final String PROVINCES_PARAMETER = "viewerProvinces";

	private static final ReadScope WHOLE_CITY = new ReadScope(true, Set.of());

	public ReadScope {
		provinces = Set.copyOf(provinces);
	}

	public static ReadScope of(Viewer viewer) {
		return viewer.isProvince() ? new ReadScope(false, viewer.provinceLineage()) : WHOLE_CITY;
	}

	/** Which activities (table alias {@code a}) this scope reads, as an SQL condition on {@link #parameters()}. */
	public String activities() {
		return this.wholeCity ? "true" : """
				(a.shared_with_provinces and exists (select 1 from activity_partner_provinces vp
				  where vp.activity_id = a.id and vp.province_id in (:viewerProvinces)))""";
	}

	/** Which agreements (table alias {@code a}) this scope reads, as an SQL condition on {@link #parameters()}. */
	public String agreements() {
		return this.wholeCity ? "true" : """
				(a.shared_with_provinces and exists (select 1 from agreement_provinces vp
				  where vp.agreement_id = a.id and vp.province_id in (:viewerProvinces)))""";
	}

	/**
	 * Which yearly results (table alias {@code r}) this scope reads, as an SQL condition on {@link #parameters()}:
	 * the rule of the result pages (ResultAccess.canRead) — a province reads only the approved rows about its units,
	 * never a department's total.
	 */
	public String results() {
		return this.wholeCity ? "true" : "(r.status = 'APPROVED' and r.province_id in (:viewerProvinces))";
	}

	/** Which partner provinces {@code column} of a readable record this scope shows, as an SQL condition. */
	public String partnerProvinces(String column) {
		return this.wholeCity ? "true" : column + " in (:viewerProvinces)";
	}

	/**
	 * The units among {@code units} this scope shows as partners: all of them for the city, a province officer's own
	 * only. A filter by another unit must not tell which of the officer's records it is a partner of.
	 */
	public List<Long> partnerProvincesAmong(Collection<Long> units) {
		return units.stream().filter(id -> this.wholeCity || this.provinces.contains(id)).toList();
	}

	/** The values the conditions name. */
	public Map<String, Object> parameters() {
		return Map.of(PROVINCES_PARAMETER, idsForIn(this.provinces));
	}

}
