package vn.hanoi.cooperation.account;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The first administrator's name is checked as every other name: no-break spaces alone are blank. */
class FirstAdministratorFormTest {

	@Test
	void aNameOfNoBreakSpacesIsBlankAndSuchSpacesAroundANameGo() {
		try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
			Validator validator = factory.getValidator();
			assertThat(validator.validate(new FirstAdministratorForm("quan.tri", "\u00a0\u202f\u00a0", null, null)))
				.extracting(violation -> violation.getPropertyPath().toString())
				.containsExactly("displayName");
			FirstAdministratorForm named = new FirstAdministratorForm("quan.tri", "\u00a0Quản trị\u00a0", null, null);
			assertThat(validator.validate(named)).isEmpty();
			assertThat(named.displayName()).isEqualTo("Quản trị");
		}
	}

}
