/** Spring Boot tests of the cache policy, outside the starter's package so other test apps do not scan them. */
package dev.launchready.springedge;
