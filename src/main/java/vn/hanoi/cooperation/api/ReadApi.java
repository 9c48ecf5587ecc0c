package vn.hanoi.cooperation.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks the read API's controllers, whose errors answer JSON ({@link ApiErrors}) instead of an error page. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ReadApi {

}
