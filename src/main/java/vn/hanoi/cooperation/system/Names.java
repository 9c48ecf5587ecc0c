package vn.hanoi.cooperation.system;

/** A name in Vietnamese and English, as plain data that a page kept in memory may hold instead of an entity. */
public record Names(String nameVi, String nameEn) implements Localized {

	public static Names of(Localized named) {
		return new Names(named.getNameVi(), named.getNameEn());
	}

	@Override
	public String getNameVi() {
		return this.nameVi;
	}

	@Override
	public String getNameEn() {
		return this.nameEn;
	}

}
