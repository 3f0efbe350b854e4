/** The membership app on Spring Boot MVC with Spring Security: configuration, security wiring and controllers. */
package dev.launchready.examples.spring;
