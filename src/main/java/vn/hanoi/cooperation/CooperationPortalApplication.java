package vn.hanoi.cooperation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CooperationPortalApplication {

	public static void main(String[] args) {
		SpringApplication.run(CooperationPortalApplication.class, args);
	}

}
