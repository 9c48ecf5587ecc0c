package vn.hanoi.cooperation.account;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	private final PasswordPolicy policy = new PasswordPolicy();

	record Form(String password) {
	}

	private List<String> errors(String password) {
		Errors errors = new BeanPropertyBindingResult(new Form(password), "form");
		this.policy.validate(password, "nguyen.van.a", errors, "password");
		return errors.getFieldErrors().stream().map(e -> e.getCode()).toList();
	}

	@Test
	void aSixtyFourCharacterVietnamesePassphraseIsAccepted() {
		assertThat(errors(AccountLifecycleTest.PASSPHRASE)).isEmpty();
	}

	@Test
	void lengthCountsCharactersNotBytesFrom12To128() {
		assertThat(errors("ợ".repeat(11))).containsExactly("password.length");
		assertThat(errors("ợ".repeat(11) + "x")).isEmpty();
		assertThat(errors("ợ".repeat(128))).isEmpty();
		assertThat(errors("ợ".repeat(129))).containsExactly("password.length");
		assertThat(errors("🙂".repeat(12))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "password1234", "Matkhau@2025", "MẬT KHẨU 123456", "anhyeuem2025", "123456789012",
			"qwertyuiopasdf", "NGUYEN.VAN.A", DemoAccounts.PASSWORD, "Demo-Hanoi-188" })
	void commonPasswordsAndTheUsernameAreRefused(String password) {
		assertThat(errors(password)).containsExactly("password.common");
	}

	@Test
	void noCompositionRules() {
		assertThat(errors("chỉ toàn chữ thường mà thôi")).isEmpty();
	}

	@Test
	void theShippedListHasThousandsOfEntries() {
		assertThat(this.policy.isCommon("iloveyou")).isTrue();
		assertThat(this.policy.isCommon("Hà Nội 2025")).isTrue();
		assertThat(this.policy.isCommon(AccountLifecycleTest.PASSPHRASE)).isFalse();
		assertThat(PasswordPolicy.class.getResource("/account/common-passwords.txt")).isNotNull();
	}

}
