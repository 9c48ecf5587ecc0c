package vn.hanoi.cooperation.result;

import java.util.List;

import org.springframework.data.repository.Repository;

interface ResultChanges extends Repository<ResultChange, Long> {

	List<ResultChange> findByResultIdOrderByChangedAtDescIdDesc(Long resultId);

	ResultChange save(ResultChange change);

}
