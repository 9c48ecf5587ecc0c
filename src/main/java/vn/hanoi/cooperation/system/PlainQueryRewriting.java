package vn.hanoi.cooperation.system;

import org.springframework.data.jpa.repository.query.DeclaredQuery;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactories;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactory;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;

/**
 * Spring Data reads every {@code @Query} at start-up with its own HQL grammar, only to be ready to add a sort or
 * derive a count query: a third of the start-up's main thread (README, "Start-up"). No portal query takes a
 * {@code Sort}, and the one {@code Page} (the security log) gets its count query from the plain rewriter just as
 * well. Hibernate still parses and checks every query at start-up, so a broken query still stops the start.
 */
public class PlainQueryRewriting implements QueryEnhancerSelector {

	@Override
	public QueryEnhancerFactory select(DeclaredQuery query) {
		return QueryEnhancerFactories.fallback();
	}

}
