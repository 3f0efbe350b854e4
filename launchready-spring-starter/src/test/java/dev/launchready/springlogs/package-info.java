/** A Spring Boot app that logs carelessly, outside the starter's test package so no other test scans it. */
package dev.launchready.springlogs;
