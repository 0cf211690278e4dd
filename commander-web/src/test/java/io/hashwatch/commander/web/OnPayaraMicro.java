package io.hashwatch.commander.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class run against the commander on a real Payara Micro: Arquillian starts one Micro for
 * the class, and the class ends when that Micro has exited. {@link MicroExited} comes first so that
 * JUnit runs its after-all step after Arquillian's, which stops the Micro.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith({MicroExited.class, ArquillianExtension.class})
@interface OnPayaraMicro {}
