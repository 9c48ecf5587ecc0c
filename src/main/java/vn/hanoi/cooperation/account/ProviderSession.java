package vn.hanoi.cooperation.account;

import java.io.Serializable;

/** Which provider logged this session in, and the ID token it issued: what logging out there needs. */
record ProviderSession(String registrationId, String idToken) implements Serializable {

}
