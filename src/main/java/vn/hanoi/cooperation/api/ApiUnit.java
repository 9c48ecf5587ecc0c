package vn.hanoi.cooperation.api;

/** A department or province named in a record: its id for the reference endpoints, its code and names. */
record ApiUnit(Long id, String code, String nameVi, String nameEn) {

}
